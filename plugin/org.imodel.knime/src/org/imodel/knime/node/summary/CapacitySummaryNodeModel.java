package org.imodel.knime.node.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.imodel.core.summary.CapacitySummarizer;
import org.imodel.core.summary.CellCapacitySummary;
import org.imodel.core.table.ColumnGuesser;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Capacity Fade Summary: one row per cell with fade statistics; the statistics live in the engine. */
final class CapacitySummaryNodeModel extends SettingsNodeModel<CapacitySummarySettings> {

    CapacitySummaryNodeModel() {
        super(1, 1, new CapacitySummarySettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        resolveColumns(inSpecs[0]);
        return new DataTableSpec[] {TableSpecs.toSpec(CapacitySummarizer.COLUMNS)};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable table = inData[0];
        int[] index = resolveColumns(table.getDataTableSpec());
        CapacitySummarizer summarizer = new CapacitySummarizer(settings.endOfLifeFraction.getDoubleValue());
        long rows = table.size();
        long done = 0;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell cell = row.getCell(index[0]);
                String id = cell.isMissing() ? "?" : cell.toString();
                summarizer.add(id, number(row.getCell(index[1])), number(row.getCell(index[2])));
                final long current = ++done;
                exec.checkCanceled();
                exec.setProgress(current / (double) Math.max(rows, 1), () -> "Row " + current + " of " + rows);
            }
        }
        List<CellCapacitySummary> summaries = summarizer.summaries();
        TableBuilder out = new TableBuilder(exec, CapacitySummarizer.COLUMNS);
        for (CellCapacitySummary s : summaries) {
            out.add(new Object[] {s.cell(), s.cycles(), s.firstCycle(), s.lastCycle(), s.initialCapacity(),
                s.finalCapacity(), s.retention(), s.fadePer100Cycles(), s.endOfLifeCycle(), s.invalidRows(),
                s.duplicateCycles()});
        }
        warnAboutInvalidRows(summaries);
        return new BufferedDataTable[] {out.build()};
    }

    private void warnAboutInvalidRows(List<CellCapacitySummary> summaries) {
        int invalid = summaries.stream().mapToInt(CellCapacitySummary::invalidRows).sum();
        int duplicates = summaries.stream().mapToInt(CellCapacitySummary::duplicateCycles).sum();
        if (invalid + duplicates > 0) {
            setWarningMessage(invalid + " row(s) with a missing, NaN or infinite cycle or capacity and " + duplicates
                    + " repeated cycle(s) were left out; see columns invalid_rows and duplicate_cycles.");
        }
    }

    private static Double number(DataCell cell) {
        return cell.isMissing() ? null : ((DoubleValue) cell).getDoubleValue();
    }

    /** @return indices of cell, cycle and capacity column; picks columns by name when not set */
    private int[] resolveColumns(DataTableSpec spec) throws InvalidSettingsException {
        List<String> names = Arrays.asList(spec.getColumnNames());
        List<String> guessed = new ArrayList<>();
        int cell = resolve(spec, names, settings.cellColumn, "cell id", CapacitySummarizer.CELL_COLUMN_NAMES,
                false, guessed);
        int cycle = resolve(spec, names, settings.cycleColumn, "cycle", CapacitySummarizer.CYCLE_COLUMN_NAMES,
                true, guessed);
        int capacity = resolve(spec, names, settings.capacityColumn, "capacity",
                CapacitySummarizer.CAPACITY_COLUMN_NAMES, true, guessed);
        if (!guessed.isEmpty()) {
            setWarningMessage("Columns chosen by name: " + String.join(", ", guessed)
                    + ". Confirm them in the dialog.");
        }
        return new int[] {cell, cycle, capacity};
    }

    private static int resolve(DataTableSpec spec, List<String> names, SettingsModelString setting, String role,
            List<String> candidates, boolean numeric, List<String> guessed) throws InvalidSettingsException {
        String name = setting.getStringValue();
        if (name == null || name.isEmpty()) {
            name = ColumnGuesser.guess(names, candidates).orElseThrow(() -> new InvalidSettingsException(
                    "No " + role + " column chosen and none of " + candidates
                            + " is in the input table. Choose the " + role + " column in the dialog."));
            guessed.add(role + " '" + name + "'");
        }
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException("The " + role + " column '" + name
                    + "' is not in the input table. Choose an existing column in the dialog.");
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (numeric && !column.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("The " + role + " column '" + name + "' must be numeric but is "
                    + column.getType() + ". Convert it (e.g. String to Number) or choose another column.");
        }
        return index;
    }
}
