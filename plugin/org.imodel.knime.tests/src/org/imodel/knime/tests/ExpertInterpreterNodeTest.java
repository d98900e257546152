package org.imodel.knime.tests;

import static org.imodel.knime.tests.NodeTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.imodel.core.artifact.ModelCard;
import org.imodel.core.data.CycleColumns;
import org.imodel.core.data.CycleRecord;
import org.imodel.core.interpret.ExpertInterpreter;
import org.imodel.core.interpret.InterpretSettings;
import org.imodel.core.interpret.InterpretTables;
import org.imodel.core.interpret.Interpretation;
import org.imodel.core.interpret.Picture;
import org.imodel.core.progress.Progress;
import org.imodel.core.training.TrainedModel;
import org.imodel.knime.common.TableSpecs;
import org.imodel.knime.node.interpret.ExpertInterpreterNodeFactory;
import org.imodel.knime.node.learner.LearnerNodeFactory;
import org.imodel.knime.port.ImodelPortObject;
import org.imodel.knime.testing.NodeHarness;
import org.imodel.knime.testing.PortSerialization;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * Expert Interpreter node with the Learner node's tiny model on its simulated cells, compared with the engine called
 * directly: tables cell for cell, pictures pixel for pixel after a PNG round trip.
 */
class ExpertInterpreterNodeTest {

    private static final ExpertInterpreterNodeFactory FACTORY = new ExpertInterpreterNodeFactory();
    private static final List<String> CELLS = List.of("SIM-005", "SIM-004");
    private static final int PERMUTATIONS = 199;
    private static final int SEED = 7;

    private static ImodelPortObject model() throws Exception {
        return (ImodelPortObject) TinyModel.learnerOutputs()[0];
    }

    private static void chosen(NodeSettings s) {
        s.addString("cells", " SIM-005, SIM-004,SIM-005 ");
        s.addInt("permutations", PERMUTATIONS);
        s.addInt("seed", SEED);
    }

    private static List<DataTableSpec> tableSpecs(int experts) {
        return List.of(TableSpecs.toSpec(InterpretTables.windowColumns(experts)),
                TableSpecs.toSpec(InterpretTables.EXPERT_COLUMNS), TableSpecs.toSpec(InterpretTables.GEOMETRY_COLUMNS),
                TableSpecs.toSpec(InterpretTables.ASSOCIATION_COLUMNS),
                TableSpecs.toSpec(InterpretTables.CHANGE_COLUMNS), TableSpecs.toSpec(ModelCard.COLUMNS));
    }

    @Test
    void settingsRoundTripThroughKnimeXml() throws Exception {
        NodeSettings saved = settingsRoundTrip(FACTORY);
        assertEquals("", saved.getString("cells"));
        assertEquals(InterpretSettings.DEFAULT_PERMUTATIONS, saved.getInt("permutations"));
        assertEquals(InterpretSettings.DEFAULT_SEED, saved.getInt("seed"));
    }

    @Test
    void configureGivesEveryOutputSpecBeforeAndAfterTraining() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec untrained = node(new LearnerNodeFactory(), TinyModel::settings).configure(cells)[0];
        int experts = TinyModel.engineSettings().experts();
        for (PortObjectSpec model : new PortObjectSpec[] {untrained, model().getSpec()}) {
            PortObjectSpec[] out = NodeHarness.of(FACTORY).configure(model, cells);
            List<DataTableSpec> tables = tableSpecs(experts);
            assertEquals(tables.size() + Picture.values().length, out.length);
            for (int i = 0; i < tables.size(); i++) {
                assertEquals(tables.get(i), out[i], "output " + i);
            }
            for (int i = tables.size(); i < out.length; i++) {
                assertEquals(PNGImageContent.TYPE, ((ImagePortObjectSpec) out[i]).getDataType(), "output " + i);
            }
        }
    }

    @Test
    void wrongInputsAreRejectedAtConfigureNamingColumnAndFix() throws Exception {
        DataTableSpec cells = TableSpecs.toSpec(CycleColumns.ALL);
        PortObjectSpec model = model().getSpec();
        NodeHarness<?> node = NodeHarness.of(FACTORY);
        invalid(() -> node.configure(model, without(cells, CycleColumns.CI)), "'" + CycleColumns.CI + "'",
                "charge curve", "Connect the per-cycle table");
        invalid(() -> node.configure(model, without(cells, CycleColumns.RELAXATION)),
                "'" + CycleColumns.RELAXATION + "'", "relaxation features");
        invalid(() -> node.configure(model, without(cells, CycleColumns.TEMPERATURE)),
                "'" + CycleColumns.TEMPERATURE + "'", "scenario input temperature");
        invalid(() -> node.configure(null, cells), "No model at port 1", "iMODEL Learner");
    }

    @Test
    void aChosenMemberOfAnEnsembleIsInterpretedAndOldSettingsTakeMemberZero() throws Exception {
        ImodelPortObject ensemble = (ImodelPortObject) TinyModel.ensembleOutputs()[0];
        PortObject[] out = node(FACTORY, s -> {
            chosen(s);
            s.addInt("member", 2);
        }).execute(ensemble, cycleTable(TinyModel.ROWS));
        List<CycleRecord> rows = new ArrayList<>();
        for (String c : CELLS) {
            TinyModel.ROWS.stream().filter(r -> r.cellId().equals(c)).forEach(rows::add);
        }
        Interpretation in;
        ModelCard card;
        try (TrainedModel m = TrainedModel.load(ensemble.model())) {
            in = ExpertInterpreter.interpret(m.member(2), rows, new InterpretSettings(PERMUTATIONS, SEED),
                    Progress.NONE);
            card = ModelCard.of(m.spec());
        }
        assertTable(InterpretTables.windowColumns(in.experts()), InterpretTables.windowRows(in), out[0]);
        assertTable(ModelCard.COLUMNS, card.tableRows(), out[5]);
        invalid(() -> node(FACTORY, s -> s.addInt("member", 1)).configure(model().getSpec(), TableSpecs.toSpec(
                CycleColumns.ALL)), "Member 1 does not exist", "1 member(s)");
        NodeSettings loaded = savedBeforeOptionLoadsTheDefault(FACTORY, "member", s -> s.addInt("member", 2));
        assertEquals(0, loaded.getInt("member"));
    }

    @Test
    void unknownCellIsRejectedNamingItAndTheFix() throws Exception {
        invalid(() -> node(FACTORY, s -> s.addString("cells", "SIM-004, NOPE")).execute(model(),
                cycleTable(TinyModel.ROWS)), "'NOPE'", "'cell_id'", "SIM-001", "leave the setting blank");
    }

    @Test
    void executeEqualsTheEngineAndPicturesArePngsOfTheEnginesPictures() throws Exception {
        PortObject[] out = node(FACTORY, ExpertInterpreterNodeTest::chosen).execute(model(),
                cycleTable(TinyModel.ROWS));
        List<CycleRecord> rows = new ArrayList<>();
        for (String c : CELLS) {
            TinyModel.ROWS.stream().filter(r -> r.cellId().equals(c)).forEach(rows::add);
        }
        Interpretation in;
        ModelCard card;
        try (TrainedModel m = TrainedModel.load(model().model())) {
            in = ExpertInterpreter.interpret(m, rows, new InterpretSettings(PERMUTATIONS, SEED), Progress.NONE);
            card = ModelCard.of(m.spec());
        }
        assertEquals(CELLS, in.cells());
        assertTable(InterpretTables.windowColumns(in.experts()), InterpretTables.windowRows(in), out[0]);
        assertTable(InterpretTables.EXPERT_COLUMNS, InterpretTables.expertRows(in), out[1]);
        assertTable(InterpretTables.GEOMETRY_COLUMNS, InterpretTables.geometryRows(in), out[2]);
        assertTable(InterpretTables.ASSOCIATION_COLUMNS, InterpretTables.associationRows(in), out[3]);
        assertTable(InterpretTables.CHANGE_COLUMNS, InterpretTables.changeRows(in), out[4]);
        assertTable(ModelCard.COLUMNS, card.tableRows(), out[5]);
        assertTrue(((BufferedDataTable) out[0]).size() > 2, "windows");
        Picture[] pictures = Picture.values();
        for (int p = 0; p < pictures.length; p++) {
            BufferedImage want = pictures[p].image(in);
            BufferedImage got = decode((ImagePortObject) out[6 + p]);
            assertEquals(want.getWidth(), got.getWidth(), pictures[p] + " width");
            assertEquals(want.getHeight(), got.getHeight(), pictures[p] + " height");
            int differing = 0;
            for (int y = 0; y < want.getHeight(); y++) {
                for (int x = 0; x < want.getWidth(); x++) {
                    differing += (want.getRGB(x, y) & 0xFFFFFF) != (got.getRGB(x, y) & 0xFFFFFF) ? 1 : 0;
                }
            }
            assertEquals(0, differing, pictures[p] + ": pixels differing from the engine's picture");
            assertTrue(out[6 + p].getSummary().contains(want.getWidth() + "x" + want.getHeight()),
                    out[6 + p].getSummary());
        }
    }

    /** @return the image port's PNG decoded, as KNIME saves it */
    private static BufferedImage decode(ImagePortObject port) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(PortSerialization.saveSelf(port)))) {
            assertNotNull(zip.getNextEntry(), "no zip entry");
            BufferedImage image = ImageIO.read(zip);
            assertNotNull(image, "not a PNG");
            return image;
        }
    }

    @Test
    void cancelIsHonoured() throws Exception {
        cancelHonoured(node(FACTORY, ExpertInterpreterNodeTest::chosen), model(), cycleTable(TinyModel.ROWS));
    }
}
