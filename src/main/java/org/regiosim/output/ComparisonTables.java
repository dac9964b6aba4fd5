package org.regiosim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.regiosim.experiment.Arm;
import org.regiosim.experiment.Measure;
import org.regiosim.experiment.PolicyComparison;
import org.regiosim.experiment.Stats;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/** The tables of a policy comparison: runs.csv (streamed), summary.csv, tests.csv. */
public final class ComparisonTables {

    private ComparisonTables() {
    }

    public static String runsHeader() {
        return "run_id,arm,scenario,policy,replication,seed," + TimeseriesWriter.header();
    }

    /** The rows of one run in runs.csv. */
    public static void writeRun(StreamingCsv out, PolicyComparison.Run r, List<StepMetrics> history) throws IOException {
        String prefix = r.runId() + "," + Csv.text(r.arm().label()) + "," + Csv.text(r.arm().scenario().name()) + ","
                + Csv.text(r.arm().policy()) + "," + r.replication() + "," + r.seed() + ",";
        for (StepMetrics m : history) {
            out.row(prefix + m.step() + "," + TimeseriesWriter.values(m));
        }
    }

    public static final String SUMMARY_HEADER = "arm,scenario,policy,metric,measure,unit,n,n_missing,mean,sd,"
            + "ci95_low,ci95_high,median,q1,q3,min,max";

    public static void writeSummary(Path file, PolicyComparison c) throws IOException {
        AtomicFiles.write(file, out -> {
            StringBuilder sb = new StringBuilder(SUMMARY_HEADER).append('\n');
            for (Arm a : c.arms()) {
                for (Metric m : Metric.values()) {
                    for (Measure ms : PolicyComparison.measuresOf(m)) {
                        Stats.Summary s = c.summary(a, m, ms);
                        List<String> f = new ArrayList<>(List.of(Csv.text(a.label()), Csv.text(a.scenario().name()),
                                Csv.text(a.policy()), m.column(), ms.key(), Csv.text(ms.unitOf(m)),
                                Integer.toString(s.n()), Integer.toString(s.missing())));
                        for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.median(), s.q1(),
                                s.q3(), s.min(), s.max()}) {
                            f.add(Csv.num(v));
                        }
                        sb.append(Csv.row(f)).append('\n');
                    }
                }
            }
            out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    public static final String TESTS_HEADER = "arm,baseline,metric,measure,unit,n_baseline,n_arm,baseline_mean,"
            + "arm_mean,difference,difference_ci95_low,difference_ci95_high,relative_difference,welch_p,"
            + "welch_p_holm,mann_whitney_p,mann_whitney_p_holm,hedges_g,identical,n_pairs,paired_difference_ci95_low,"
            + "paired_difference_ci95_high,paired_t_p,paired_t_p_holm";

    public static void writeTests(Path file, PolicyComparison c) throws IOException {
        String baseline = c.arms().get(0).label();
        AtomicFiles.write(file, out -> {
            StringBuilder sb = new StringBuilder(TESTS_HEADER).append('\n');
            for (PolicyComparison.TestRow t : c.tests()) {
                Stats.Comparison x = t.c();
                List<String> f = new ArrayList<>(List.of(Csv.text(t.arm().label()), Csv.text(baseline),
                        t.metric().column(), t.measure().key(), Csv.text(t.measure().unitOf(t.metric())),
                        Integer.toString(t.nBaseline()), Integer.toString(t.nArm())));
                double rel = x.baselineMean() != 0 ? x.difference() / Math.abs(x.baselineMean()) : Double.NaN;
                for (double v : new double[] {x.baselineMean(), x.armMean(), x.difference(), x.diffLow(), x.diffHigh(),
                        rel, x.welchP(), t.welchHolm(), x.mannWhitneyP(), t.mannWhitneyHolm(), x.hedgesG()}) {
                    f.add(Csv.num(v));
                }
                f.add(t.identical() ? "true" : "false");
                f.add(Integer.toString(t.paired().n()));
                for (double v : new double[] {t.paired().low(), t.paired().high(), t.paired().p(), t.pairedHolm()}) {
                    f.add(Csv.num(v));
                }
                sb.append(Csv.row(f)).append('\n');
            }
            out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }
}
