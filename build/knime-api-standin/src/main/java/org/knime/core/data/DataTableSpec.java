// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data;

import java.util.Iterator;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    public DataTableSpec() {
    }

    public DataTableSpec(final String name) {
    }

    public DataTableSpec(final DataColumnSpec... colSpecs) {
    }

    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
    }

    public DataTableSpec(final String[] names, final DataType[] types) {
    }

    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
    }

    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public int getNumColumns() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public DataColumnSpec getColumnSpec(final String column) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean containsName(final String columnName) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public final String[] getColumnNames() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
