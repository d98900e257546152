package org.imodel.knime.common;

import java.util.List;

import org.imodel.core.table.ColumnDef;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** Builds an output table row by row from engine values (KNIME spills large tables to disk). */
public final class TableBuilder {

    private final List<ColumnDef> columns;
    private final BufferedDataContainer container;
    private long rows;

    /**
     * @param exec the node's execution context
     * @param columns the columns
     */
    public TableBuilder(ExecutionContext exec, List<ColumnDef> columns) {
        this.columns = columns;
        this.container = exec.createDataContainer(TableSpecs.toSpec(columns));
    }

    /** @param values one value per column (String, Number, double[] or null) */
    public void add(Object[] values) {
        container.addRowToTable(TableSpecs.toRow(rows++, columns, values));
    }

    /** @return the finished table */
    public BufferedDataTable build() {
        container.close();
        return container.getTable();
    }

    /**
     * @param exec execution context
     * @param columns columns
     * @param rows all rows
     * @return the table
     */
    public static BufferedDataTable of(ExecutionContext exec, List<ColumnDef> columns, List<Object[]> rows) {
        TableBuilder builder = new TableBuilder(exec, columns);
        rows.forEach(builder::add);
        return builder.build();
    }
}
