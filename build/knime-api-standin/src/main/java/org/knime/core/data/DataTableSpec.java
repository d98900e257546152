// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/**
 * The columns of a table. As documented by KNIME, column names must be unique: a duplicate name is an
 * IllegalArgumentException at construction.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private final String name;
    private final List<DataColumnSpec> columns;
    private final Map<String, Integer> index = new HashMap<>();

    public DataTableSpec() {
        this("default");
    }

    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this("default", colSpecs);
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        this.name = name;
        this.columns = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(colSpecs)));
        for (int i = 0; i < colSpecs.length; i++) {
            if (index.put(colSpecs[i].getName(), i) != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + colSpecs[i].getName() + "\" at"
                    + " positions " + index.get(colSpecs[i].getName()) + " and " + i);
            }
        }
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
        this("default", names, types);
    }

    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, createColumnSpecs(names, types));
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(spec1.getName(), spec1, spec2);
    }

    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        this(name, Stream.concat(spec1.stream(), spec2.stream()).toArray(DataColumnSpec[]::new));
    }

    public static final DataColumnSpec[] createColumnSpecs(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException(names.length + " names but " + types.length + " types");
        }
        DataColumnSpec[] specs = new DataColumnSpec[names.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return specs;
    }

    public String getName() {
        return name;
    }

    public int getNumColumns() {
        return columns.size();
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return columns.get(index);
    }

    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : columns.get(i);
    }

    public int findColumnIndex(final String columnName) {
        Integer i = columnName == null ? null : index.get(columnName);
        return i == null ? -1 : i;
    }

    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    public final String[] getColumnNames() {
        return columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    public boolean equalStructure(final DataTableSpec spec) {
        return spec != null && columns.equals(spec.columns);
    }

    public Stream<DataColumnSpec> stream() {
        return columns.stream();
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return columns.iterator();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec && equalStructure((DataTableSpec) obj);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "name=" + name + ",columns=" + columns;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
