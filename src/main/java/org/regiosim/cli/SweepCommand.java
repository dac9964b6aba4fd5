package org.regiosim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.regiosim.experiment.Design;
import org.regiosim.experiment.ExperimentLoader;
import org.regiosim.experiment.ExperimentSpec;
import org.regiosim.experiment.Factor;
import org.regiosim.experiment.Journal;
import org.regiosim.experiment.ParallelRunner;
import org.regiosim.experiment.SobolAnalysis;
import org.regiosim.experiment.Sweep;
import org.regiosim.output.Csv;
import org.regiosim.output.MetadataWriter;
import org.regiosim.output.Numbers;
import org.regiosim.output.OutputSet;
import org.regiosim.output.Provenance;
import org.regiosim.output.SensitivityChart;
import org.regiosim.output.SweepTables;
import org.regiosim.scenario.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regiosim sweep}: a parameter sweep or sensitivity analysis from an experiment file; resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run the design of an experiment file (full factorial, Latin hypercube or Sobol); writes runs.csv, "
                + "points.csv, metadata.json and, for Sobol designs, sensitivity.csv and charts/.",
            "Finished runs are journaled as they complete: after an interruption, run the same command again and only "
                + "the missing runs are done."})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment YAML file, e.g.%n  scenarios/experiments/ruhr-sobol.yaml")
    Path experimentFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<experiment name>).")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Parallel runs (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int nThreads = threads == null ? ParallelRunner.defaultThreads() : threads;
        if (nThreads < 1 || nThreads > 1024) {
            throw new InputException("--threads " + nThreads + ": expected a whole number from 1 to 1024");
        }
        ExperimentSpec spec = ExperimentLoader.load(experimentFile);
        Path dir = out != null ? out : Paths.get("results", spec.name());
        OutputDirs.prepare(dir, files(spec));
        Sweep sweep = new Sweep(spec);

        String started = MetadataWriter.now();
        long t0 = System.nanoTime();
        int[] before = {0}; // set by the sweep once it has read its journal
        double[][] results;
        try (ResumeHint hint = new ResumeHint("sweep", dir.resolve(OutputDirs.JOURNAL));
             Progress progress = Progress.start(!quiet, "sweep " + spec.name(), spec.runCount(), "runs")) {
            results = sweep.execute(dir, Provenance.toolVersion(), nThreads, new Sweep.Progress() {
                @Override
                public void started(int fromJournal) {
                    before[0] = fromJournal;
                    progress.stepBy(fromJournal);
                }

                @Override
                public void runDone() {
                    progress.step();
                }
            });
        } catch (Journal.Conflict e) {
            throw new InputException("--out " + dir + ": " + e.getMessage());
        } catch (IOException e) {
            throw OutputDirs.cannotWrite(dir, e);
        }
        int fromJournal = before[0];
        int done = spec.runCount() - fromJournal;
        double seconds = (System.nanoTime() - t0) / 1e9;

        // The tables, charts and metadata.json are written into a staging directory and moved
        // into place together when all are complete (OutputSet): never new tables beside old ones.
        int[] rowsUsed = null; // per output, the base rows the Sobol analysis used
        List<List<SobolAnalysis.Result>> indices = null;
        List<String> names = new ArrayList<>();
        for (Factor f : spec.design().factors()) {
            names.add(f.key());
        }
        try (OutputSet result = OutputSet.create(dir)) {
            SweepTables.writeRuns(result.resolve("runs.csv"), sweep, results);
            SweepTables.writePoints(result.resolve("points.csv"), sweep, results);
            if (spec.design().type() == Design.Type.SOBOL) {
                double[][] means = Sweep.pointMeans(results, spec.replications());
                indices = sweep.sensitivity(means);
                rowsUsed = new int[spec.outputs().size()];
                for (int o = 0; o < rowsUsed.length; o++) {
                    rowsUsed[o] = sweep.baseRowsUsed(means, o);
                }
                SweepTables.writeSensitivity(result.resolve("sensitivity.csv"), sweep, indices, rowsUsed);
                for (int o = 0; o < spec.outputs().size(); o++) {
                    ExperimentSpec.Output output = spec.outputs().get(o);
                    String context = String.format(Locale.ROOT, "%s: %d of %d base rows, %d replication%s per point, "
                            + "scale %s, %d quarters", spec.name(), rowsUsed[o], spec.design().samples(), spec.replications(),
                            spec.replications() == 1 ? "" : "s", Numbers.format(spec.base().parameters().real(
                                    org.regiosim.model.params.ParameterSchema.SCALE)), spec.base().steps());
                    SensitivityChart.write(result.resolve("charts/sensitivity_" + output.column() + ".png"),
                            output.column(), output.measure().unitOf(output.metric()), names, indices.get(o), context);
                }
            }

            Map<String, Object> meta = MetadataWriter.base("sweep", spec.base());
            Map<String, Object> exp = new LinkedHashMap<>();
            exp.put("name", spec.name());
            exp.put("description", spec.description());
            exp.put("file", spec.file().toString());
            exp.put("design", spec.design().type().key());
            exp.put("samples", spec.design().samples());
            exp.put("points", spec.design().size());
            exp.put("replications", spec.replications());
            exp.put("runs", spec.runCount());
            exp.put("seed", spec.seed());
            exp.put("seed_use", "Latin hypercube positions (MersenneTwisterFast(seed)); bootstrap of output i uses "
                    + "MersenneTwisterFast(seed + i); Sobol points come from the Sobol sequence (no seed)");
            exp.put("run_seed_rule", "replication i uses seed " + spec.base().seed() + " + i at every point");
            exp.put("bootstrap", spec.bootstrap());
            List<String> factors = new ArrayList<>();
            spec.design().factors().forEach(f -> factors.add(f.describe()));
            exp.put("factors", factors);
            List<String> outs = new ArrayList<>();
            spec.outputs().forEach(o -> outs.add(o.column() + " [" + o.measure().unitOf(o.metric()) + "]"));
            exp.put("outputs", outs);
            exp.put("fingerprint", sweep.fingerprint(Provenance.toolVersion()));
            meta.put("experiment", exp);
            meta.put("threads", nThreads);
            meta.put("runs_done_before_this_invocation", fromJournal);
            meta.put("runs_done_in_this_invocation", done);
            meta.put("start_time", started);
            meta.put("end_time", MetadataWriter.now());
            meta.put("wall_time_seconds", Math.round(seconds * 1000) / 1000.0);
            Map<String, String> files = new LinkedHashMap<>();
            files.put("journal.csv", "append-only record of finished runs (resume state); the tables are built from it");
            files.put("runs.csv", "one row per run: run_id, point, replication, seed, factor values, outputs");
            files.put("points.csv", "one row per design point: factor values, mean and sd of each output over the replications");
            if (indices != null) {
                files.put("sensitivity.csv", "Sobol first-order and total indices per output and parameter, bootstrap 95% CI");
                files.put("charts/", "sensitivity_<output>.png: dot-and-whisker charts of the indices");
            }
            meta.put("files", files);
            MetadataWriter.write(result.resolve(OutputSet.METADATA), meta);
            result.commit();
        } catch (IOException e) {
            throw OutputDirs.cannotWrite(dir, e);
        }

        if (!quiet) {
            System.out.println(String.format(Locale.ROOT, "%s: %d runs (%d design points x %d replication%s), %d done now, "
                    + "%d before; %.1f s on %d thread%s", spec.name(), spec.runCount(), spec.design().size(),
                    spec.replications(), spec.replications() == 1 ? "" : "s", done, fromJournal, seconds, nThreads,
                    nThreads == 1 ? "" : "s"));
            if (indices != null) {
                for (int o = 0; o < spec.outputs().size(); o++) {
                    System.out.println("Sobol indices of " + spec.outputs().get(o).column() + " (first order / total, "
                            + "95% intervals; " + rowsUsed[o] + " of " + spec.design().samples() + " base rows used):");
                    for (SobolAnalysis.Result r : indices.get(o)) {
                        System.out.println(String.format(Locale.ROOT, "  %-44s %s / %s", names.get(r.factor()),
                                withInterval(r.firstOrder()), withInterval(r.total())));
                    }
                }
            }
            System.out.println("output: " + Csv.text(dir.toAbsolutePath().normalize().toString()));
        }
        return 0;
    }

    /** "0.41 [0.35, 0.48]": an index with its bootstrap interval (the estimate alone without bootstrap). */
    private static String withInterval(SobolAnalysis.Index ix) {
        String estimate = Numbers.format(round(ix.estimate()));
        return Double.isNaN(ix.low()) ? estimate
                : estimate + " [" + Numbers.format(round(ix.low())) + ", " + Numbers.format(round(ix.high())) + "]";
    }

    /** The files of a sweep, relative to its output directory (the journal and its lock included). */
    static List<String> files(ExperimentSpec spec) {
        List<String> files = new ArrayList<>(List.of("runs.csv", "points.csv", OutputSet.METADATA, Sweep.JOURNAL,
                Sweep.JOURNAL + ".lock"));
        if (spec.design().type() == Design.Type.SOBOL) {
            files.add("sensitivity.csv");
            for (ExperimentSpec.Output o : spec.outputs()) {
                files.add("charts/sensitivity_" + o.column() + ".png");
            }
        }
        return files;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
