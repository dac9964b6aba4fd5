package org.regiosim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.regiosim.experiment.ExperimentSpec;
import org.regiosim.experiment.Factor;
import org.regiosim.experiment.SobolAnalysis;
import org.regiosim.experiment.Stats;
import org.regiosim.experiment.Sweep;

/** The final tables of a sweep, built from the journal in run order: runs.csv, points.csv, sensitivity.csv. */
public final class SweepTables {

    private SweepTables() {
    }

    static List<String> factorColumns(ExperimentSpec spec) {
        List<String> c = new ArrayList<>();
        for (Factor f : spec.design().factors()) {
            c.add(Csv.column(f.key()));
        }
        return c;
    }

    static String value(Object v) {
        if (v instanceof Number n) {
            return Numbers.format(n.doubleValue());
        }
        return Csv.text(String.valueOf(v));
    }

    static List<String> pointValues(ExperimentSpec spec, int point) {
        List<String> out = new ArrayList<>();
        for (Object v : spec.design().point(point)) {
            out.add(value(v));
        }
        return out;
    }

    public static void writeRuns(Path file, Sweep sweep, double[][] results) throws IOException {
        ExperimentSpec spec = sweep.spec();
        List<String> header = new ArrayList<>(List.of("run_id", "point", "replication", "seed"));
        header.addAll(factorColumns(spec));
        spec.outputs().forEach(o -> header.add(o.column()));
        AtomicFiles.write(file, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write(Csv.row(header));
            w.write('\n');
            List<String> cached = null;
            int cachedPoint = -1;
            for (int id = 0; id < results.length; id++) {
                Sweep.Run r = sweep.run(id);
                if (r.point() != cachedPoint) {
                    cached = pointValues(spec, r.point());
                    cachedPoint = r.point();
                }
                List<String> f = new ArrayList<>(List.of(Integer.toString(id), Integer.toString(r.point()),
                        Integer.toString(r.replication()), Long.toString(r.seed())));
                f.addAll(cached);
                for (double v : results[id]) {
                    f.add(Numbers.format(v));
                }
                w.write(Csv.row(f));
                w.write('\n');
            }
            w.flush();
        });
    }

    public static void writePoints(Path file, Sweep sweep, double[][] results) throws IOException {
        ExperimentSpec spec = sweep.spec();
        int reps = spec.replications();
        List<String> header = new ArrayList<>(List.of("point", "matrix"));
        header.addAll(factorColumns(spec));
        header.add("n");
        spec.outputs().forEach(o -> {
            header.add(o.column() + "_mean");
            header.add(o.column() + "_sd");
        });
        AtomicFiles.write(file, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            w.write(Csv.row(header));
            w.write('\n');
            for (int p = 0; p < spec.design().size(); p++) {
                String block = spec.design().block(p);
                List<String> f = new ArrayList<>(List.of(Integer.toString(p), block.isEmpty() ? "NA" : block));
                f.addAll(pointValues(spec, p));
                f.add(Integer.toString(reps));
                for (int o = 0; o < spec.outputs().size(); o++) {
                    double[] x = new double[reps];
                    for (int r = 0; r < reps; r++) {
                        x[r] = results[p * reps + r][o];
                    }
                    Stats.Summary s = Stats.summarise(x);
                    f.add(Numbers.format(s.mean()));
                    f.add(Numbers.format(s.sd()));
                }
                w.write(Csv.row(f));
                w.write('\n');
            }
            w.flush();
        });
    }

    public static final String SENSITIVITY_HEADER = "output,parameter,index,estimate,ci95_low,ci95_high,n_base,bootstrap";

    /** @param rowsUsed per output, the base rows its analysis used ({@link Sweep#baseRowsUsed}) */
    public static void writeSensitivity(Path file, Sweep sweep, List<List<SobolAnalysis.Result>> indices,
                                        int[] rowsUsed) throws IOException {
        ExperimentSpec spec = sweep.spec();
        StringBuilder sb = new StringBuilder(SENSITIVITY_HEADER).append('\n');
        for (int o = 0; o < spec.outputs().size(); o++) {
            int n = rowsUsed[o];
            for (SobolAnalysis.Result r : indices.get(o)) {
                String param = spec.design().factors().get(r.factor()).key();
                for (int which = 0; which < 2; which++) {
                    SobolAnalysis.Index ix = which == 0 ? r.firstOrder() : r.total();
                    sb.append(Csv.row(List.of(spec.outputs().get(o).column(), param, which == 0 ? "first_order" : "total",
                            Numbers.format(ix.estimate()), Numbers.format(ix.low()), Numbers.format(ix.high()),
                            Integer.toString(n), Integer.toString(spec.bootstrap())))).append('\n');
                }
            }
        }
        AtomicFiles.write(file, os -> os.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
