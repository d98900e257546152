package org.imodel.knime.node.features;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.imodel.core.features.FeatureColumns;
import org.imodel.core.table.ColumnDef;
import org.imodel.knime.common.CycleRows;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.container.AbstractCellFactory;

/**
 * Appends the engine's {@link FeatureColumns} to each row of a per-cycle table. Rows are processed concurrently
 * (the engine side is thread-safe); the first row the engine rejects is kept for the node's error message.
 */
final class FeatureCellFactory extends AbstractCellFactory {

    private final CycleRows rows;
    private final FeatureColumns features;
    private final List<ColumnDef> columns;
    private final AtomicReference<String> firstError = new AtomicReference<>();

    FeatureCellFactory(CycleRows rows, FeatureColumns features) {
        super(true, TableSpecs.toColumnSpecs(features.columns()));
        this.rows = rows;
        this.features = features;
        this.columns = features.columns();
    }

    @Override
    public DataCell[] getCells(DataRow row) {
        Object[] values;
        try {
            values = features.values(rows.record(row));
        } catch (IllegalArgumentException e) {
            firstError.compareAndSet(null, "Row '" + row.getKey().getString() + "': " + e.getMessage());
            throw e;
        }
        DataCell[] cells = new DataCell[values.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = TableSpecs.toCell(columns.get(i).type(), values[i]);
        }
        return cells;
    }

    /** @return the message of the first row the engine rejected, or null */
    String firstError() {
        return firstError.get();
    }
}
