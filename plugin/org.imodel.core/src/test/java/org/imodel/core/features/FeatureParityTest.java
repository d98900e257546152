package org.imodel.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every row of every golden feature file of the reference (shared/reference/features) is reproduced: the raw
 * feature vector and the re-gridded CI curve, after converting our Ah to the reference's mAh for UL, within
 * |a - b| <= 1e-12 + 1e-9 |b| and with the same NaN pattern. Prints the largest relative error per file.
 */
class FeatureParityTest {

    private static final Pattern NAME = Pattern.compile("(UL-NCA|UL-NCM|UL-NCMNCA|LSD|TPSL-Fixed|TPSL-Arbitrary)_(.+)"
            + "_soc(\\d+)\\.csv");

    @Test
    void everyGoldenRowIsReproduced() throws Exception {
        Path golden = SharedData.require("reference/features");
        Path data = SharedData.require("data");
        List<Path> files;
        try (Stream<Path> s = Files.list(golden)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertEquals(15, files.size(), "golden feature files");
        List<String> failures = new ArrayList<>();
        System.out.println("feature parity (max relative error; exact = bit-identical values / all values)");
        for (Path file : files) {
            failures.addAll(compare(file, data));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " mismatches, first: " + failures.subList(0, Math.min(10, failures.size())));
        }
    }

    private static List<String> compare(Path goldenFile, Path data) throws IOException {
        String name = goldenFile.getFileName().toString();
        Matcher m = NAME.matcher(name);
        assertTrue(m.matches(), name);
        String family = m.group(1);
        int soc = Integer.parseInt(m.group(3));
        Path source = source(data, family, m.group(2));
        List<CycleRecord> records = SharedCells.read(source);
        GoldenCsv csv = GoldenCsv.read(goldenFile);
        assertEquals(csv.rows.size(), records.size(), "rows of " + source);

        FeatureSettings settings = FeatureSettings.forFamily(records.get(0).family(), soc);
        FeatureExtractor extractor = new FeatureExtractor(settings);
        double factor = ReferenceUnits.capacityFactor(records.get(0).family());
        int nf = settings.featureCount();
        assertEquals(nf, csv.count("f"), "feature columns of " + name);
        assertEquals(50, csv.count("ci"), "ci columns of " + name);
        boolean exactUnits = factor == 1.0;
        int o = settings.ciOffset();

        List<String> failures = new ArrayList<>();
        double[] maxRel = new double[nf];
        double maxRelCi = 0;
        long exact = 0;
        long total = 0;
        for (int i = 0; i < records.size(); i++) {
            assertEquals(i, (int) csv.number(i, "row"));
            assertEquals((int) csv.number(i, "cycle"), records.get(i).cycle(), name + " row " + i);
            FeatureRow row = extractor.extract(records.get(i));
            double[] f = ReferenceUnits.features(row.features(), settings, factor);
            double[] ci = ReferenceUnits.curve(row.ci(), factor);
            double[] ef = csv.vector(i, "f", nf);
            double[] eci = csv.vector(i, "ci", 50);
            for (int k = 0; k < nf; k++) {
                total++;
                if (Double.compare(f[k], ef[k]) == 0) {
                    exact++;
                }
                maxRel[k] = Math.max(maxRel[k], Tolerance.relativeError(f[k], ef[k]));
                boolean mustBeExact = k == o + FeatureSettings.RISE_INDEX
                        || settings.relaxationFeatures() && (k == 2 || k == 3)
                        || exactUnits && (k == o + FeatureSettings.CI_MAX_INDEX || k == o + FeatureSettings.CI_AT_INDEX);
                boolean ok = mustBeExact ? Double.compare(f[k], ef[k]) == 0 : Tolerance.close(f[k], ef[k]);
                if (!ok) {
                    failures.add(name + " row " + i + " f" + k + ": " + f[k] + " vs " + ef[k]);
                }
            }
            for (int k = 0; k < 50; k++) {
                total++;
                if (Double.compare(ci[k], eci[k]) == 0) {
                    exact++;
                }
                maxRelCi = Math.max(maxRelCi, Tolerance.relativeError(ci[k], eci[k]));
                boolean ok = exactUnits ? Double.compare(ci[k], eci[k]) == 0 : Tolerance.close(ci[k], eci[k]);
                if (!ok) {
                    failures.add(name + " row " + i + " ci" + k + ": " + ci[k] + " vs " + eci[k]);
                }
            }
        }
        double maxFeature = 0;
        StringBuilder perFeature = new StringBuilder();
        for (int k = 0; k < nf; k++) {
            maxFeature = Math.max(maxFeature, maxRel[k]);
            perFeature.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1e", maxRel[k]));
        }
        System.out.printf(Locale.ROOT, "  %-45s %4d rows  features %.2e  ci %.2e  exact %d/%d  per feature [%s]%n",
                name, records.size(), maxFeature, maxRelCi, exact, total, perFeature);
        return failures;
    }

    static Path source(Path data, String family, String stem) {
        if (family.startsWith("UL")) {
            return data.resolve(family).resolve(stem.replace("-n", "-#") + ".csv");
        }
        if (family.equals("LSD")) {
            return data.resolve("LSD").resolve(stem + ".csv");
        }
        int cut = stem.indexOf('_');
        return data.resolve(family).resolve("#" + stem.substring(1, cut)).resolve(stem.substring(cut + 1) + ".csv");
    }
}
