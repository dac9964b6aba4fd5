package org.regiosim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.regiosim.model.params.Parameters;
import org.regiosim.scenario.Scenario;

/**
 * Runs a sweep: every design point times every replication, numbered point by point (run_id =
 * point x replications + replication). Replication i uses seed (base scenario seed + i) at every
 * point (common random numbers across points). Each finished run is appended to the journal as
 * soon as it is done, in whatever order runs finish; running again after an interruption only
 * does the runs the journal lacks. The final tables are built from the journal alone, in run
 * order, so they are the same whether the sweep ran in one go or in several, on any number of
 * threads.
 */
public final class Sweep {

    public static final String JOURNAL = "journal.csv";

    /** One run of the sweep. */
    public record Run(int runId, int point, int replication, long seed) {
    }

    /** Progress callback: how many runs the journal already had, then once per finished run. */
    public interface Progress {
        void started(int fromJournal);

        void runDone();
    }

    private final ExperimentSpec spec;

    public Sweep(ExperimentSpec spec) {
        this.spec = spec;
    }

    public ExperimentSpec spec() { return spec; }

    public Run run(int runId) {
        int rep = runId % spec.replications();
        return new Run(runId, runId / spec.replications(), rep, spec.base().seed() + rep);
    }

    /** The scenario of a design point. */
    public Scenario scenarioOf(int point) {
        Parameters p = ExperimentLoader.pointParameters(spec.base().parameters(), spec.design(), point);
        return spec.base().withParameters(p);
    }

    /**
     * A digest of everything that determines the results: base parameters, region data, design
     * points, replications, seeds, outputs, and the tool version. A journal with another
     * fingerprint is not continued.
     */
    public String fingerprint(String toolVersion) {
        Fingerprint f = new Fingerprint(toolVersion).addScenario(spec.base())
                .add("design", spec.design().type().key() + "," + spec.design().samples());
        for (Factor factor : spec.design().factors()) {
            f.add("factor", factor.describe());
        }
        for (int i = 0; i < spec.design().size(); i++) {
            f.add("point", Arrays.toString(spec.design().point(i)));
        }
        f.add("replications", spec.replications()).add("seed", spec.seed());
        for (ExperimentSpec.Output o : spec.outputs()) {
            f.add("output", o.column());
        }
        return f.sha256();
    }

    /**
     * Runs what the journal in {@code dir} lacks and returns every run's results in run order,
     * values[runId][output]: those the journal had and those run now, which reach the journal
     * first. The journal is read once, under its lock. A few numbers per run: 10,000 runs with 3
     * outputs take about 240 kB.
     *
     * @throws Journal.Conflict if the journal belongs to another experiment or another sweep is using it
     */
    public double[][] execute(Path dir, String toolVersion, int threads, Progress progress) throws Exception {
        try (Journal journal = Journal.open(dir.resolve(JOURNAL), "sweep", fingerprint(toolVersion))) {
            double[][] results = journaled(dir);
            List<Integer> todo = new ArrayList<>();
            for (int i = 0; i < results.length; i++) {
                if (results[i] == null) {
                    todo.add(i);
                }
            }
            progress.started(results.length - todo.size());
            ParallelRunner.run(todo, threads, false, id -> {
                Run r = run(id);
                RunOutcome o = new RunOutcome();
                SimulationRun.run(scenarioOf(r.point()), r.seed(), o::add);
                double[] values = new double[spec.outputs().size()];
                for (int i = 0; i < values.length; i++) {
                    ExperimentSpec.Output out = spec.outputs().get(i);
                    // As runs.csv holds it, so that points.csv and the Sobol indices recompute from runs.csv.
                    values[i] = AsWritten.value(o.value(out.metric(), out.measure()));
                }
                return values;
            }, (id, values) -> {
                journal.append(id, run(id).seed(), values);
                results[id] = values;
                progress.runDone();
            });
            return results;
        }
    }

    /** The runs the journal has, by run_id (the first intact line of each); null where missing. */
    private double[][] journaled(Path dir) throws IOException {
        double[][] v = new double[spec.runCount()][];
        for (Journal.Entry e : Journal.read(dir.resolve(JOURNAL), spec.outputs().size())) {
            if (e.runId() >= 0 && e.runId() < v.length && v[e.runId()] == null && e.seed() == run(e.runId()).seed()) {
                v[e.runId()] = e.values();
            }
        }
        return v;
    }

    /** Per point: the mean over the replications of each output (NaN values skipped). */
    public static double[][] pointMeans(double[][] results, int replications) {
        int points = results.length / replications;
        int k = results.length == 0 ? 0 : results[0].length;
        double[][] out = new double[points][k];
        for (int p = 0; p < points; p++) {
            for (int o = 0; o < k; o++) {
                double[] x = new double[replications];
                for (int r = 0; r < replications; r++) {
                    x[r] = results[p * replications + r][o];
                }
                double[] a = Stats.available(x);
                out[p][o] = a.length == 0 ? Double.NaN : Stats.mean(a);
            }
        }
        return out;
    }

    /** Sobol indices per output (only for a Sobol design). */
    public List<List<SobolAnalysis.Result>> sensitivity(double[][] pointMeans) {
        List<List<SobolAnalysis.Result>> out = new ArrayList<>();
        int k = spec.design().factors().size();
        for (int o = 0; o < spec.outputs().size(); o++) {
            out.add(SobolAnalysis.analyse(analysedOutput(pointMeans, o), k, spec.bootstrap(), spec.seed() + o));
        }
        return out;
    }

    /** How many base rows the Sobol analysis of output {@code o} uses (see {@link #analysedOutput}). */
    public int baseRowsUsed(double[][] pointMeans, int o) {
        return SobolAnalysis.usableRows(analysedOutput(pointMeans, o), spec.design().factors().size());
    }

    /**
     * Output {@code o} of every point as the Sobol analysis takes it: a base row whose A and B
     * points are the same is marked NA, as a row with a missing output is. The Sobol sequence
     * starts with all zeros and then all halves, so rows 0 and 1 always are; such a row carries
     * no information (A, B and every AB_i are the same run) and would only shrink every index,
     * by (N - 2) / N.
     */
    public double[] analysedOutput(double[][] pointMeans, int o) {
        double[] y = new double[pointMeans.length];
        for (int p = 0; p < y.length; p++) {
            y[p] = pointMeans[p][o];
        }
        int n = spec.design().samples();
        for (int j = 0; j < n; j++) {
            if (java.util.Arrays.equals(spec.design().point(j), spec.design().point(n + j))) {
                y[j] = Double.NaN;
            }
        }
        return y;
    }
}
