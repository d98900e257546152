package org.imodel.core.training;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.imodel.core.data.CycleRecord;
import org.imodel.core.datasets.DatasetReader;
import org.imodel.core.datasets.ReadOptions;
import org.imodel.core.eval.ForecastMetrics;
import org.imodel.core.features.WindowBuilder;
import org.imodel.core.model.ImodelNetwork;
import org.imodel.core.progress.Progress;
import org.imodel.core.qc.QcReport;

/**
 * Development tool (not a test): trains on a UL-NCA condition of the coded splits and prints validation and test
 * errors along the way, to study recipes. Settings by system properties: exp.condition (CY25-1_1 or CY25-05_1),
 * exp.lr, exp.epochs, exp.seed, exp.every, exp.decay (none|plateau|cosine|step), exp.decayEpochs, exp.minLr.
 */
final class TrainingExperiment {

    private TrainingExperiment() {
    }

    public static void main(String[] args) throws Exception {
        String condition = System.getProperty("exp.condition", "CY25-05_1");
        Path data = Paths.get(System.getProperty("exp.data", "/work/shared/data/UL-NCA"));
        int horizon = condition.equals("CY25-1_1") ? 10 : 50;
        List<String> train;
        List<String> val;
        List<String> test;
        if (condition.equals("CY25-1_1")) {
            train = ids(condition, 1, 2, 3, 4, 5);
            val = ids(condition, 6);
            test = ids(condition, 7, 8, 9);
        } else if (condition.equals("CY25-05_1")) {
            train = ids(condition, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13);
            val = ids(condition, 18, 19);
            test = ids(condition, 1, 14, 15, 16, 17, 12);
        } else if (condition.equals("CY25-025_1")) {
            train = ids(condition, 1, 2, 3);
            val = ids(condition, 7);
            test = ids(condition, 5, 6, 4);
        } else {
            throw new IllegalArgumentException(condition);
        }
        List<CycleRecord> rows = new ArrayList<>();
        new DatasetReader(ReadOptions.DEFAULTS).read(data, new QcReport(), r -> {
            if (r.condition() != null && r.cellId().startsWith(condition + "-")) {
                rows.add(r);
            }
        }, Progress.NONE);
        double lr = Double.parseDouble(System.getProperty("exp.lr", "1e-4"));
        int epochs = Integer.getInteger("exp.epochs", 1000);
        long seed = Long.getLong("exp.seed", 2025);
        int every = Integer.getInteger("exp.every", 25);
        String decay = System.getProperty("exp.decay", "none");
        int decayEpochs = Integer.getInteger("exp.decayEpochs", epochs);
        double minLr = Double.parseDouble(System.getProperty("exp.minLr", String.valueOf(lr / 100)));
        int batch = Integer.getInteger("exp.batch", 32);
        TrainingSettings s = TrainingSettings.defaults(horizon).withLearningRate(lr).withEpochs(epochs).withSeed(seed)
                .withBatchSize(batch);
        TrainingData d = TrainingData.prepare(rows, train, val, s, true);
        List<CycleRecord> testRows = new ArrayList<>();
        for (String c : test) {
            rows.stream().filter(r -> r.cellId().equals(c)).forEach(testRows::add);
        }
        WindowTensors testT = WindowTensors.of(new WindowBuilder(horizon, d.features, d.rule).build(testRows).windows(),
                d.scaler, 50, d.features.featureCount(), horizon);
        System.out.printf(Locale.ROOT, "%s: train %d, val %d, test %d windows; lr %s decay %s over %d to %s, seed %d%n",
                condition, d.train.size, d.validation.size, testT.size, lr, decay, decayEpochs, minLr, seed);
        double ema = Double.parseDouble(System.getProperty("exp.ema", "0"));
        System.out.println("epoch lr train val_mse val_crit val_mape test_mape test_rmse train_mape secs"
                + (ema > 0 ? " | ema: val_mape test_mape train_mape" : ""));
        java.util.Map<String, org.imodel.core.model.NamedArray> avg = null;
        long start = System.nanoTime();
        double bestVal = Double.POSITIVE_INFINITY;
        double testAtBest = Double.NaN;
        int bestEpoch = 0;
        try (ImodelNetwork net = ImodelNetwork.create(d.config(), ImodelTrainer.intSeed(seed));
                TrainingLoop loop = new TrainingLoop(net, batch, lr, new Random(seed))) {
            for (int e = 1; e <= epochs; e++) {
                double rate = rate(decay, lr, minLr, e, decayEpochs);
                loop.setLearningRate(rate);
                double tl = loop.trainEpoch(d.train, Progress.NONE);
                TrainingLoop.Validation v = loop.validate(d.validation, Recipe.REFERENCE, Progress.NONE);
                boolean report = e % every == 0 || e == epochs;
                if (v.mse() < bestVal) {
                    bestVal = v.mse();
                    bestEpoch = e;
                    testAtBest = ImodelTrainer.metrics(net, testT).pooledMape();
                }
                if (ema > 0) {
                    avg = average(avg, net.exportParameters(), ema);
                }
                if (report) {
                    ForecastMetrics vm = ImodelTrainer.metrics(net, d.validation);
                    ForecastMetrics tm = ImodelTrainer.metrics(net, testT);
                    ForecastMetrics trm = ImodelTrainer.metrics(net, d.train);
                    String emaText = "";
                    if (ema > 0) {
                        try (ImodelNetwork a = ImodelNetwork.create(d.config(), 0)) {
                            a.importParameters(avg);
                            emaText = String.format(Locale.ROOT, " | ema %.4f %.4f %.4f",
                                    ImodelTrainer.metrics(a, d.validation).pooledMape(),
                                    ImodelTrainer.metrics(a, testT).pooledMape(),
                                    ImodelTrainer.metrics(a, d.train).pooledMape());
                        }
                        org.imodel.core.djl.DjlRuntime.engine().setRandomSeed((int) (seed + e));
                    }
                    System.out.printf(Locale.ROOT, "%d %.2e %.5f %.3e %.4f %.4f %.4f %.5f %.4f %.0f%s | best val@%d test %.4f%n",
                            e, rate, tl, v.mse(), v.criterion(), vm.pooledMape(), tm.pooledMape(), tm.pooledRmse(),
                            trm.pooledMape(), (System.nanoTime() - start) / 1e9, emaText, bestEpoch, testAtBest);
                }
            }
        }
    }

    static java.util.Map<String, org.imodel.core.model.NamedArray> average(
            java.util.Map<String, org.imodel.core.model.NamedArray> avg,
            java.util.Map<String, org.imodel.core.model.NamedArray> now, double decay) {
        if (avg == null) {
            return now;
        }
        java.util.Map<String, org.imodel.core.model.NamedArray> out = new java.util.LinkedHashMap<>();
        for (var e : now.entrySet()) {
            float[] a = avg.get(e.getKey()).values();
            float[] b = e.getValue().values();
            float[] c = new float[a.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (float) (decay * a[i] + (1 - decay) * b[i]);
            }
            out.put(e.getKey(), new org.imodel.core.model.NamedArray(e.getKey(), e.getValue().shape(), c));
        }
        return out;
    }

    static double rate(String decay, double lr, double minLr, int epoch, int decayEpochs) {
        double f = Math.min(1.0, (epoch - 1) / (double) Math.max(1, decayEpochs - 1));
        switch (decay) {
            case "cosine":
                return minLr + (lr - minLr) * 0.5 * (1 + Math.cos(Math.PI * f));
            case "linear":
                return lr + (minLr - lr) * f;
            case "exp":
                return lr * Math.pow(minLr / lr, f);
            default:
                return lr;
        }
    }

    private static List<String> ids(String condition, int... n) {
        List<String> ids = new ArrayList<>();
        for (int i : n) {
            ids.add(condition + "-#" + i);
        }
        return ids;
    }
}
