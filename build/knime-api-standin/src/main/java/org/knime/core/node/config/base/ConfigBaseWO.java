// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node.config.base;

public interface ConfigBaseWO {

    String getKey();

    void addTransientString(String key, String value);

    void addPassword(String key, String encryptionKey, String value);

    void addInt(String key, int value);

    void addIntArray(String key, int... values);

    void addDouble(String key, double value);

    void addDoubleArray(String key, double... values);

    void addFloat(String key, float value);

    void addFloatArray(String key, float... values);

    void addChar(String key, char value);

    void addCharArray(String key, char... values);

    void addShort(String key, short value);

    void addShortArray(String key, short... values);

    void addLong(String key, long value);

    void addLongArray(String key, long... values);

    void addByte(String key, byte value);

    void addByteArray(String key, byte... values);

    void addBoolean(String key, boolean value);

    void addBooleanArray(String key, boolean... values);

    void addString(String key, String value);

    void addStringArray(String key, String... values);
}
