// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.config.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;

/**
 * A config: an ordered map of typed entries and nested configs, as KNIME's. Following KNIME's documented
 * behaviour: a getter without default throws InvalidSettingsException when the key is missing or holds another
 * type (an int is not a double, a string is not an int); a getter with a default returns the default then; arrays
 * are nested configs holding "array-size" and the elements under "0", "1", ...; the XML form is KNIME's
 * (namespace http://www.knime.org/2008/09/XMLConfig; see XmlConfig). Adding an existing key replaces it.
 */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    private static final long serialVersionUID = 1L;

    static final String ARRAY_SIZE = "array-size";

    private final Map<String, AbstractConfigEntry> entries = new LinkedHashMap<>();

    public ConfigBase(final String key) {
        super(key);
    }

    public abstract ConfigBase getInstance(String key);

    protected void put(final AbstractConfigEntry e) {
        e.setParent(this);
        entries.remove(e.getKey());
        entries.put(e.getKey(), e);
    }

    protected AbstractConfigEntry get(final String key) {
        return entries.get(key);
    }

    public AbstractConfigEntry getEntry(final String key) {
        return entries.get(key);
    }

    public final ConfigBase addConfigBase(final String key) {
        ConfigBase config = getInstance(key);
        put(config);
        return config;
    }

    protected final void addConfigBase(final ConfigBase config) {
        put(config);
    }

    public final ConfigBase getConfigBase(final String key) throws InvalidSettingsException {
        AbstractConfigEntry e = entries.get(key);
        if (!(e instanceof ConfigBase)) {
            throw new InvalidSettingsException(e == null ? "Config for key \"" + key + "\" not found."
                : "Entry for key \"" + key + "\" is not a config but a " + ((ValueEntry) e).type() + " value.");
        }
        return (ConfigBase) e;
    }

    public final AbstractConfigEntry removeConfig(final String key) {
        return entries.remove(key);
    }

    /** @return the raw text of a typed entry; null for KNIME's isnull entries */
    private String value(final String key, final String type) throws InvalidSettingsException {
        AbstractConfigEntry e = entries.get(key);
        if (e == null) {
            throw new InvalidSettingsException("Config for key \"" + key + "\" not found.");
        }
        if (!(e instanceof ValueEntry) || !((ValueEntry) e).type().equals(type)) {
            throw new InvalidSettingsException("Type mismatch for key \"" + key + "\": expected " + type + " but found "
                + (e instanceof ValueEntry ? ((ValueEntry) e).type() : "a config") + ".");
        }
        return ((ValueEntry) e).value();
    }

    @Override
    public boolean containsKey(final String key) {
        return entries.containsKey(key);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    @Override
    public final Iterator<String> iterator() {
        return keySet().iterator();
    }

    /** Entries in order (package-private, for the XML writer). */
    final List<AbstractConfigEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Adds a raw typed entry (package-private, for the XML reader). */
    final void putValue(final String key, final String type, final String value) {
        put(new ValueEntry(key, type, value));
    }

    @Override
    public void copyTo(final ConfigBaseWO dest) {
        ConfigBase target = (ConfigBase) dest;
        for (AbstractConfigEntry e : entries.values()) {
            if (e instanceof ConfigBase) {
                ((ConfigBase) e).copyTo(target.addConfigBase(e.getKey()));
            } else {
                ValueEntry v = (ValueEntry) e;
                target.putValue(v.getKey(), v.type(), v.value());
            }
        }
    }

    public boolean hasIdenticalValue(final AbstractConfigEntry ace) {
        return sameValue(ace);
    }

    @Override
    final boolean sameValue(final AbstractConfigEntry other) {
        if (!(other instanceof ConfigBase)) {
            return false;
        }
        List<AbstractConfigEntry> mine = entries();
        List<AbstractConfigEntry> theirs = ((ConfigBase) other).entries();
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).isIdentical(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void addTransientString(final String key, final String value) {
        put(new ValueEntry(key, "xtransientstring", value));
    }

    @Override
    public String getTransientString(final String key) {
        try {
            return value(key, "xtransientstring");
        } catch (InvalidSettingsException e) {
            return null;
        }
    }

    /** Not KNIME's encryption: the stand-in keeps passwords as given (our nodes store none). */
    @Override
    public void addPassword(final String key, final String encryptionKey, final String value) {
        put(new ValueEntry(key, "xpassword", value));
    }

    @Override
    public String getPassword(final String key, final String encryptionKey) throws InvalidSettingsException {
        return value(key, "xpassword");
    }

    @Override
    public String getPassword(final String key, final String encryptionKey, final String def) {
        try {
            return getPassword(key, encryptionKey);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addInt(final String key, final int value) {
        put(new ValueEntry(key, "xint", Integer.toString(value)));
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        String v = value(key, "xint");
        return parseInt(key, v);
    }

    @Override
    public int getInt(final String key, final int def) {
        try {
            return getInt(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addInt(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        int[] values = new int[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getInt(Integer.toString(i));
        }
        return values;
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static int parseInt(final String key, final String v) throws InvalidSettingsException {
        try {
            return Integer.parseInt(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid int.");
        }
    }

    @Override
    public void addDouble(final String key, final double value) {
        put(new ValueEntry(key, "xdouble", Double.toString(value)));
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        String v = value(key, "xdouble");
        return parseDouble(key, v);
    }

    @Override
    public double getDouble(final String key, final double def) {
        try {
            return getDouble(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addDouble(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        double[] values = new double[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getDouble(Integer.toString(i));
        }
        return values;
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static double parseDouble(final String key, final String v) throws InvalidSettingsException {
        try {
            return Double.parseDouble(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid double.");
        }
    }

    @Override
    public void addFloat(final String key, final float value) {
        put(new ValueEntry(key, "xfloat", Float.toString(value)));
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        String v = value(key, "xfloat");
        return parseFloat(key, v);
    }

    @Override
    public float getFloat(final String key, final float def) {
        try {
            return getFloat(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addFloatArray(final String key, final float... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addFloat(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public float[] getFloatArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        float[] values = new float[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getFloat(Integer.toString(i));
        }
        return values;
    }

    @Override
    public float[] getFloatArray(final String key, final float... def) {
        try {
            return getFloatArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static float parseFloat(final String key, final String v) throws InvalidSettingsException {
        try {
            return Float.parseFloat(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid float.");
        }
    }

    @Override
    public void addChar(final String key, final char value) {
        put(new ValueEntry(key, "xchar", String.valueOf(value)));
    }

    @Override
    public char getChar(final String key) throws InvalidSettingsException {
        String v = value(key, "xchar");
        return parseChar(key, v);
    }

    @Override
    public char getChar(final String key, final char def) {
        try {
            return getChar(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addCharArray(final String key, final char... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addChar(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public char[] getCharArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        char[] values = new char[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getChar(Integer.toString(i));
        }
        return values;
    }

    @Override
    public char[] getCharArray(final String key, final char... def) {
        try {
            return getCharArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static char parseChar(final String key, final String v) throws InvalidSettingsException {
        try {
            return v.charAt(0);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid char.");
        }
    }

    @Override
    public void addShort(final String key, final short value) {
        put(new ValueEntry(key, "xshort", Short.toString(value)));
    }

    @Override
    public short getShort(final String key) throws InvalidSettingsException {
        String v = value(key, "xshort");
        return parseShort(key, v);
    }

    @Override
    public short getShort(final String key, final short def) {
        try {
            return getShort(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addShortArray(final String key, final short... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addShort(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public short[] getShortArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        short[] values = new short[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getShort(Integer.toString(i));
        }
        return values;
    }

    @Override
    public short[] getShortArray(final String key, final short... def) {
        try {
            return getShortArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static short parseShort(final String key, final String v) throws InvalidSettingsException {
        try {
            return Short.parseShort(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid short.");
        }
    }

    @Override
    public void addLong(final String key, final long value) {
        put(new ValueEntry(key, "xlong", Long.toString(value)));
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        String v = value(key, "xlong");
        return parseLong(key, v);
    }

    @Override
    public long getLong(final String key, final long def) {
        try {
            return getLong(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addLong(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        long[] values = new long[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getLong(Integer.toString(i));
        }
        return values;
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static long parseLong(final String key, final String v) throws InvalidSettingsException {
        try {
            return Long.parseLong(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid long.");
        }
    }

    @Override
    public void addByte(final String key, final byte value) {
        put(new ValueEntry(key, "xbyte", Byte.toString(value)));
    }

    @Override
    public byte getByte(final String key) throws InvalidSettingsException {
        String v = value(key, "xbyte");
        return parseByte(key, v);
    }

    @Override
    public byte getByte(final String key, final byte def) {
        try {
            return getByte(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addByteArray(final String key, final byte... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addByte(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public byte[] getByteArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        byte[] values = new byte[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getByte(Integer.toString(i));
        }
        return values;
    }

    @Override
    public byte[] getByteArray(final String key, final byte... def) {
        try {
            return getByteArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static byte parseByte(final String key, final String v) throws InvalidSettingsException {
        try {
            return Byte.parseByte(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid byte.");
        }
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        put(new ValueEntry(key, "xboolean", Boolean.toString(value)));
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        String v = value(key, "xboolean");
        return parseBoolean(key, v);
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        try {
            return getBoolean(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addBooleanArray(final String key, final boolean... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addBoolean(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        boolean[] values = new boolean[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getBoolean(Integer.toString(i));
        }
        return values;
    }

    @Override
    public boolean[] getBooleanArray(final String key, final boolean... def) {
        try {
            return getBooleanArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private static boolean parseBoolean(final String key, final String v) throws InvalidSettingsException {
        try {
            return Boolean.parseBoolean(v);
        } catch (RuntimeException e) {
            throw new InvalidSettingsException("Value \"" + v + "\" for key \"" + key + "\" is not a valid boolean.");
        }
    }

    @Override
    public void addString(final String key, final String value) {
        put(new ValueEntry(key, "xstring", value));
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        String v = value(key, "xstring");
        return v;
    }

    @Override
    public String getString(final String key, final String def) {
        try {
            return getString(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        ConfigBase array = addConfigBase(key);
        if (values != null) {
            array.addInt(ARRAY_SIZE, values.length);
            for (int i = 0; i < values.length; i++) {
                array.addString(Integer.toString(i), values[i]);
            }
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        ConfigBase array = getConfigBase(key);
        if (!array.containsKey(ARRAY_SIZE)) {
            return null;
        }
        String[] values = new String[array.getInt(ARRAY_SIZE)];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.getString(Integer.toString(i));
        }
        return values;
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public final void saveToXML(final OutputStream os) throws IOException {
        XmlConfig.write(this, os);
    }

    public void load(final InputStream is) throws IOException {
        XmlConfig.read(this, is);
    }

    /** Reads an XML config into config, which takes the key of the file's root config. */
    protected static ConfigBase loadFromXML(final ConfigBase config, final InputStream in) throws IOException {
        config.rename(XmlConfig.read(config, in));
        return config;
    }

    @Override
    public final Enumeration<TreeNode> children() {
        return Collections.enumeration(new ArrayList<TreeNode>(entries.values()));
    }

    @Override
    public TreeNode getChildAt(final int childIndex) {
        return entries().get(childIndex);
    }

    @Override
    public int getChildCount() {
        return entries.size();
    }

    @Override
    public int getIndex(final TreeNode node) {
        return entries().indexOf(node);
    }

    @Override
    public final boolean isLeaf() {
        return false;
    }

    @Override
    public final String toStringValue() {
        return getKey();
    }

    public final void toString(final StringBuffer buf) {
        buf.append(this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        print(b, "");
        return b.toString();
    }

    private void print(final StringBuilder b, final String indent) {
        b.append(indent).append(getKey()).append(":\n");
        for (AbstractConfigEntry e : entries.values()) {
            if (e instanceof ConfigBase) {
                ((ConfigBase) e).print(b, indent + "  ");
            } else {
                ValueEntry v = (ValueEntry) e;
                b.append(indent).append("  ").append(v.getKey()).append(" (").append(v.type()).append(") -> ")
                    .append(v.value()).append('\n');
            }
        }
    }
}
