package org.regiosim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/**
 * A policy comparison: every arm runs the same replications, and replication i uses the same seed
 * in every arm (common random numbers: the arms differ only by their scenario and policy, not by
 * luck). Runs are numbered arm by arm: run_id = arm x replications + replication. Results reach
 * the caller's listener in run_id order, whatever the thread count; per-run outcomes and per-step
 * means (Welford) are accumulated here, so memory does not depend on the number of runs beyond
 * a few numbers per run.
 */
public final class PolicyComparison {

    /** One run of the comparison. */
    public record Run(int runId, Arm arm, int replication, long seed) {
    }

    /** Receives each run's quarters, in run_id order. */
    @FunctionalInterface
    public interface RunListener {
        void onRun(Run run, List<StepMetrics> history) throws Exception;
    }

    private final List<Arm> arms;
    private final int replications;
    private final long baseSeed;
    /** outcomes[arm][metric][measure][replication]. */
    private final double[][][][] outcomes;
    /** bands[arm][metric][step]. */
    private final Welford[][][] bands;

    public PolicyComparison(List<Arm> arms, int replications, long baseSeed) {
        if (arms.isEmpty() || replications < 1) {
            throw new IllegalArgumentException("need at least one arm and one replication");
        }
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).index() != i) {
                throw new IllegalArgumentException("arm " + arms.get(i).label() + " has index " + arms.get(i).index()
                        + ", expected " + i);
            }
        }
        this.arms = List.copyOf(arms);
        this.replications = replications;
        this.baseSeed = baseSeed;
        this.outcomes = new double[arms.size()][Metric.count()][Measure.values().length][replications];
        this.bands = new Welford[arms.size()][Metric.count()][];
        for (Arm a : arms) {
            for (int m = 0; m < Metric.count(); m++) {
                Welford[] w = new Welford[a.scenario().steps()];
                for (int s = 0; s < w.length; s++) {
                    w[s] = new Welford();
                }
                bands[a.index()][m] = w;
            }
        }
    }

    /** Seed of replication i in every arm. */
    public static long seedOf(long baseSeed, int replication) {
        return baseSeed + replication;
    }

    public List<Arm> arms() { return arms; }
    public int replications() { return replications; }
    public long baseSeed() { return baseSeed; }
    public int runCount() { return arms.size() * replications; }

    public List<Long> seeds() {
        List<Long> s = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
            s.add(seedOf(baseSeed, i));
        }
        return s;
    }

    public Run run(int runId) {
        int rep = runId % replications;
        return new Run(runId, arms.get(runId / replications), rep, seedOf(baseSeed, rep));
    }

    /** Runs everything; the listener sees each run in run_id order. */
    public void execute(int threads, RunListener listener) throws Exception {
        execute(threads, 0, null, listener);
    }

    /**
     * Runs the runs from {@code firstRunId} on (those before were taken from a journal with
     * {@link #replayJournal}); the listener sees each run in run_id order. With a journal, each
     * run is appended to it (and forced to disk) before the listener sees it.
     */
    public void execute(int threads, int firstRunId, Journal journal, RunListener listener) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int i = firstRunId; i < runCount(); i++) {
            ids.add(i);
        }
        ParallelRunner.run(ids, threads, true, id -> {
            Run r = run(id);
            List<StepMetrics> history = new ArrayList<>();
            SimulationRun.run(r.arm().scenario(), r.seed(), history::add);
            return history;
        }, (id, history) -> {
            Run r = run(id);
            if (journal != null) {
                journal.append(r.runId(), r.seed(), flatten(history));
            }
            record(r, history);
            if (listener != null) {
                listener.onRun(r, history);
            }
        });
    }

    /**
     * Takes the runs that an earlier, interrupted execution finished from its journal: the unbroken
     * sequence of run_ids from 0 (runs reach the journal in run_id order), each recorded and given
     * to the listener as if it had just run, so the statistics are the same as without the
     * interruption. Returns how many; {@link #execute(int, int, Journal, RunListener)} goes on from there.
     */
    public int replayJournal(Path journalFile, RunListener listener) throws Exception {
        int[] next = {0};
        Exception[] failure = {null};
        Journal.forEach(journalFile, e -> {
            if (e.runId() != next[0] || next[0] >= runCount()) {
                return false;
            }
            Run r = run(e.runId());
            List<StepMetrics> history = unflatten(e.values(), r.arm().scenario().steps());
            if (history == null || e.seed() != r.seed()) {
                return false;
            }
            record(r, history);
            try {
                listener.onRun(r, history);
            } catch (Exception ex) {
                failure[0] = ex;
                return false;
            }
            next[0]++;
            return true;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return next[0];
    }

    /**
     * A SHA-256 of everything that determines the comparison's runs: the tool's version, the
     * arms (label, every parameter, the region's data), the replications and the base seed.
     * A journal with another fingerprint is not continued.
     */
    public String fingerprint(String toolVersion) {
        Fingerprint f = new Fingerprint(toolVersion).add("replications", replications).add("seed", baseSeed);
        for (Arm a : arms) {
            f.add("arm", a.label()).addScenario(a.scenario());
        }
        return f.sha256();
    }

    /** A run's quarters as one row of numbers for a journal: per quarter its step, then every metric. */
    static double[] flatten(List<StepMetrics> history) {
        int width = 1 + Metric.count();
        double[] v = new double[history.size() * width];
        for (int s = 0; s < history.size(); s++) {
            StepMetrics m = history.get(s);
            v[s * width] = m.step();
            for (int i = 0; i < Metric.count(); i++) {
                v[s * width + 1 + i] = m.get(Metric.of(i));
            }
        }
        return v;
    }

    /** The inverse of {@link #flatten}; null if the numbers cannot be a history of {@code steps} quarters. */
    static List<StepMetrics> unflatten(double[] v, int steps) {
        int width = 1 + Metric.count();
        if (v.length != steps * width) {
            return null;
        }
        List<StepMetrics> history = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            history.add(StepMetrics.of((int) v[s * width], Arrays.copyOfRange(v, s * width + 1, (s + 1) * width)));
        }
        return history;
    }

    private void record(Run r, List<StepMetrics> history) {
        RunOutcome o = new RunOutcome();
        int a = r.arm().index();
        for (StepMetrics m : history) {
            o.add(m);
            for (int i = 0; i < Metric.count(); i++) {
                if (m.step() < bands[a][i].length) {
                    bands[a][i][m.step()].add(AsWritten.value(m.get(Metric.of(i))));
                }
            }
        }
        for (Metric m : Metric.values()) {
            for (Measure ms : Measure.values()) {
                outcomes[a][m.ordinal()][ms.ordinal()][r.replication()] = o.value(m, ms);
            }
        }
    }

    /** The replications' values of one arm, metric and measure (NaN where not available). */
    public double[] values(Arm arm, Metric metric, Measure measure) {
        return outcomes[arm.index()][metric.ordinal()][measure.ordinal()].clone();
    }

    public Stats.Summary summary(Arm arm, Metric metric, Measure measure) {
        return Stats.summarise(values(arm, metric, measure));
    }

    /** Per quarter: mean and 95% CI of the mean over the replications. */
    public Band band(Arm arm, Metric metric) {
        Welford[] w = bands[arm.index()][metric.ordinal()];
        double[] mean = new double[w.length];
        double[] low = new double[w.length];
        double[] high = new double[w.length];
        for (int s = 0; s < w.length; s++) {
            mean[s] = w[s].mean();
            double half = Stats.halfWidth(w[s].sd(), w[s].n());
            low[s] = mean[s] - half;
            high[s] = mean[s] + half;
        }
        return new Band(mean, low, high);
    }

    /** The measures reported per metric: the final quarter, and the whole run (total or average). */
    public static List<Measure> measuresOf(Metric m) {
        return List.of(Measure.FINAL, Measure.overRun(m));
    }

    /** One row of the tests table: one arm against the baseline (the first arm). */
    public record TestRow(Arm arm, Metric metric, Measure measure, int nBaseline, int nArm, Stats.Comparison c,
                          double welchHolm, double mannWhitneyHolm, boolean identical, Stats.Paired paired,
                          double pairedHolm) {
    }

    /**
     * Every arm after the first against the first, per metric and measure. Holm's adjustment runs
     * over the family of the (arms - 1) comparisons of one metric, measure and test. {@code identical}
     * marks an arm whose value equals the baseline's in every replication (with common random
     * numbers: the difference between the arms did not touch this outcome at all).
     */
    public List<TestRow> tests() {
        List<TestRow> rows = new ArrayList<>();
        Arm base = arms.get(0);
        for (Metric m : Metric.values()) {
            for (Measure ms : measuresOf(m)) {
                double[] b = values(base, m, ms);
                int k = arms.size() - 1;
                Stats.Comparison[] cs = new Stats.Comparison[k];
                double[] pw = new double[k];
                double[] pm = new double[k];
                Stats.Paired[] pp = new Stats.Paired[k];
                double[] pt = new double[k];
                for (int i = 0; i < k; i++) {
                    cs[i] = Stats.compare(b, values(arms.get(i + 1), m, ms));
                    pw[i] = cs[i].welchP();
                    pm[i] = cs[i].mannWhitneyP();
                    pp[i] = Stats.paired(b, values(arms.get(i + 1), m, ms));
                    pt[i] = pp[i].p();
                }
                double[] hp = Stats.holm(pt);
                double[] hw = Stats.holm(pw);
                double[] hm = Stats.holm(pm);
                for (int i = 0; i < k; i++) {
                    Arm a = arms.get(i + 1);
                    double[] av = values(a, m, ms);
                    rows.add(new TestRow(a, m, ms, Stats.available(b).length, Stats.available(av).length, cs[i], hw[i],
                            // identical only where there are values: all-NA arms are not the same, only empty
                            hm[i], Stats.available(b).length > 0 && Arrays.equals(b, av), pp[i], hp[i]));
                }
            }
        }
        return rows;
    }

    /** A mean time series with its 95% confidence band (NaN where undefined). */
    public record Band(double[] mean, double[] low, double[] high) {
    }

    /** Running mean and variance of the available (non-NaN) values (Welford's algorithm). */
    static final class Welford {
        private long n;
        private double mean;
        private double m2;

        void add(double x) {
            if (Double.isNaN(x)) {
                return;
            }
            n++;
            double d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }

        long n() { return n; }
        double mean() { return n == 0 ? Double.NaN : mean; }
        double sd() { return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)); }
    }
}
