package org.imodel.knime.node.interpret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.imodel.core.artifact.ModelCard;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.interpret.ExpertInterpreter;
import org.imodel.core.interpret.InterpretTables;
import org.imodel.core.interpret.Interpretation;
import org.imodel.core.interpret.Picture;
import org.imodel.core.progress.CancelledException;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.CycleTables;
import org.imodel.knime.common.KnimeProgress;
import org.imodel.knime.common.ModelInputs;
import org.imodel.knime.common.SettingsNodeModel;
import org.imodel.knime.common.TableBuilder;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.port.ImodelPortObjectSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Expert Interpreter: what a model's experts mean on the cells of a per-cycle table: windows, experts, shape by
 * dominant expert, association tests, dominant-expert changes, the model card and the pictures as PNG ports. All
 * logic in the engine ({@link ExpertInterpreter}); the node reads the table, filters the cells and converts.
 */
final class ExpertInterpreterNodeModel extends SettingsNodeModel<ExpertInterpreterSettings> {

    /** The table outputs after the window table, in port order. */
    static final List<DataTableSpec> TABLES = List.of(TableSpecs.toSpec(InterpretTables.EXPERT_COLUMNS),
            TableSpecs.toSpec(InterpretTables.GEOMETRY_COLUMNS), TableSpecs.toSpec(InterpretTables.ASSOCIATION_COLUMNS),
            TableSpecs.toSpec(InterpretTables.CHANGE_COLUMNS), TableSpecs.toSpec(ModelCard.COLUMNS));
    /** The picture outputs, in port order after the tables. */
    static final List<Picture> PICTURES = List.of(Picture.values());
    private static final ImagePortObjectSpec PNG = new ImagePortObjectSpec(PNGImageContent.TYPE);

    ExpertInterpreterNodeModel() {
        super(new PortType[] {ImodelPortObject.TYPE, BufferedDataTable.TYPE}, outPorts(),
                new ExpertInterpreterSettings());
    }

    private static PortType[] outPorts() {
        PortType[] out = new PortType[1 + TABLES.size() + PICTURES.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i <= TABLES.size() ? BufferedDataTable.TYPE : ImagePortObject.TYPE;
        }
        return out;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ImodelPortObjectSpec model = (ImodelPortObjectSpec) inSpecs[0];
        if (model == null) {
            throw new InvalidSettingsException("No model at port 1: connect and execute an iMODEL Learner (or a"
                    + " Model Reader) so the number of experts, and so the window table's columns, are known.");
        }
        ModelInputs.checkWindows(model, (DataTableSpec) inSpecs[1]);
        CycleTables.check((DataTableSpec) inSpecs[1]);
        if (settings.member.getIntValue() >= model.members()) {
            throw new InvalidSettingsException("Member " + settings.member.getIntValue() + " does not exist: the model"
                    + " has " + model.members() + " member(s), 0" + (model.members() > 1 ? " to "
                    + (model.members() - 1) : "") + ". Choose one of them in the dialog.");
        }
        PortObjectSpec[] out = new PortObjectSpec[1 + TABLES.size() + PICTURES.size()];
        out[0] = TableSpecs.toSpec(InterpretTables.windowColumns(model.experts()));
        for (int i = 0; i < TABLES.size(); i++) {
            out[1 + i] = TABLES.get(i);
        }
        for (int i = 0; i < PICTURES.size(); i++) {
            out[1 + TABLES.size() + i] = PNG;
        }
        return out;
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ImodelPortObject port = (ImodelPortObject) inObjects[0];
        List<CycleRecord> rows = cells(CycleTables.read((BufferedDataTable) inObjects[1],
                exec.createSubProgress(0.1)));
        Interpretation in;
        ModelCard card;
        try (TrainedModel model = TrainedModel.load(port.model())) {
            in = ExpertInterpreter.interpret(model.member(settings.member.getIntValue()), rows, settings.engine(),
                    new KnimeProgress(exec.createSubProgress(0.7)));
            card = ModelCard.of(model.spec());
        } catch (CancelledException e) {
            throw KnimeProgress.toKnime(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        List<PortObject> out = new ArrayList<>();
        out.add(TableBuilder.of(exec, InterpretTables.windowColumns(in.experts()), InterpretTables.windowRows(in)));
        out.add(TableBuilder.of(exec, InterpretTables.EXPERT_COLUMNS, InterpretTables.expertRows(in)));
        out.add(TableBuilder.of(exec, InterpretTables.GEOMETRY_COLUMNS, InterpretTables.geometryRows(in)));
        out.add(TableBuilder.of(exec, InterpretTables.ASSOCIATION_COLUMNS, InterpretTables.associationRows(in)));
        out.add(TableBuilder.of(exec, InterpretTables.CHANGE_COLUMNS, InterpretTables.changeRows(in)));
        out.add(TableBuilder.of(exec, ModelCard.COLUMNS, card.tableRows()));
        for (int i = 0; i < PICTURES.size(); i++) {
            exec.checkCanceled();
            exec.setProgress(0.8 + 0.2 * i / PICTURES.size(), "Drawing " + PICTURES.get(i).fileName());
            out.add(new ImagePortObject(new PNGImageContent(png(PICTURES.get(i), in)), PNG));
        }
        return out.toArray(new PortObject[0]);
    }

    /** @return the rows of the named cells in the order named (all rows when none is named) */
    private List<CycleRecord> cells(List<CycleRecord> rows) throws InvalidSettingsException {
        List<String> named = settings.cellList();
        if (named.isEmpty()) {
            return rows;
        }
        Map<String, List<CycleRecord>> byCell = new LinkedHashMap<>();
        rows.forEach(r -> byCell.computeIfAbsent(r.cellId(), k -> new ArrayList<>()).add(r));
        List<CycleRecord> out = new ArrayList<>();
        for (String c : named) {
            List<CycleRecord> r = byCell.get(c);
            if (r == null) {
                List<String> known = new ArrayList<>(byCell.keySet());
                throw new InvalidSettingsException("Cell '" + c + "' (setting 'cells') is not in the table's column"
                        + " 'cell_id'; it holds " + (known.size() <= 12 ? known : known.subList(0, 12) + " ... ("
                        + known.size() + " cells)") + ". Correct the name or leave the setting blank for all cells.");
            }
            out.addAll(r);
        }
        return out;
    }

    private static byte[] png(Picture picture, Interpretation in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture.image(in), "png", bytes);
        return bytes.toByteArray();
    }
}
