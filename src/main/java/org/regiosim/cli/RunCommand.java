package org.regiosim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.regiosim.experiment.SimulationRun;
import org.regiosim.model.Metric;
import org.regiosim.model.RegioSim;
import org.regiosim.model.StepMetrics;
import org.regiosim.output.ChartSpec;
import org.regiosim.output.MetadataWriter;
import org.regiosim.output.Numbers;
import org.regiosim.output.OutputSet;
import org.regiosim.output.RunCharts;
import org.regiosim.output.TimeseriesWriter;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regiosim run}: one simulation of a scenario, with time series, charts and metadata. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one simulation of a scenario; writes timeseries.csv, metadata.json and charts/ to the output directory.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/ruhr-baseline.yaml")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's seed).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Quarters to simulate (default: the scenario's steps).")
    Integer steps;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<scenario name>).")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario parameter, e.g. --set scale=0.1 (repeatable; 'regiosim params' lists keys).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--quiet", description = "No progress bar and no summary.")
    boolean quiet;

    @Option(names = "--agents", description = "Also write agents.csv: every active agent's state at the end of the run.")
    boolean agents;

    @Override
    public Integer call() throws Exception {
        List<String> overrides = Overrides.of(sets, seed, steps, java.util.Map.of());
        Scenario scenario = ScenarioLoader.load(scenarioFile, overrides);
        Notes.print(scenario);
        Path dir = out != null ? out : Paths.get("results", scenario.name());
        OutputDirs.refuseExperimentDirectory(dir);
        List<String> written = files();
        if (agents) {
            written.add("agents.csv");
        }
        OutputDirs.prepare(dir, written);

        String started = MetadataWriter.now();
        long t0 = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        RegioSim sim;
        double seconds;
        double cpuSeconds;
        // All files of the run are written into a staging directory and moved into place together
        // when complete, metadata.json last (OutputSet): an interrupted or failed run leaves the
        // earlier result in the directory as it was, never a mix of the two.
        try (OutputSet files = OutputSet.create(dir)) {
            try (TimeseriesWriter ts = new TimeseriesWriter(files.resolve("timeseries.csv"));
                 Progress progress = Progress.start(!quiet, "run " + scenario.name(), scenario.steps(), "quarters")) {
                sim = SimulationRun.run(scenario, scenario.seed(), m -> {
                    ts.write(m);
                    progress.step();
                });
                ts.commit();
            }
            seconds = (System.nanoTime() - t0) / 1e9;
            cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (agents) {
                org.regiosim.output.AgentsWriter.write(files.resolve("agents.csv"), sim);
            }
            RunCharts.writeAll(files.resolve("charts"), scenario.name(), scenario.seed(),
                    scenario.parameters().real(org.regiosim.model.params.ParameterSchema.SCALE), sim.history());

            Map<String, Object> meta = MetadataWriter.base("run", scenario);
            meta.put("seed", scenario.seed());
            meta.put("steps", scenario.steps());
            meta.put("start_time", started);
            meta.put("end_time", MetadataWriter.now());
            meta.put("wall_time_seconds", Math.round(seconds * 1000) / 1000.0);
            meta.put("simulation_cpu_seconds", Math.round(cpuSeconds * 1000) / 1000.0);
            Map<String, Object> described = new java.util.LinkedHashMap<>(); // keys in this order, every run
            described.put("timeseries.csv", "one row per quarter; columns: 'regiosim metrics'");
            if (agents) {
                described.put("agents.csv", "one row per active agent at the end of the run");
            }
            described.put("charts/", "PNG charts of transaction costs, innovations, cooperation");
            meta.put("files", described);
            MetadataWriter.write(files.resolve(OutputSet.METADATA), meta);
            files.commit();
        } catch (IOException e) {
            throw OutputDirs.cannotWrite(dir, e);
        }

        if (!quiet) {
            printSummary(scenario, sim, dir, seconds, cpuSeconds);
        }
        return 0;
    }

    /** The files a run writes, relative to its output directory. */
    static List<String> files() {
        List<String> files = new ArrayList<>(List.of("timeseries.csv", OutputSet.METADATA));
        for (ChartSpec c : ChartSpec.STANDARD) {
            files.add("charts/" + c.fileName() + ".png");
        }
        return files;
    }

    private static void printSummary(Scenario s, RegioSim sim, Path dir, double seconds, double cpuSeconds) {
        StepMetrics last = sim.latest();
        double innovations = 0;
        double costs = 0;
        for (StepMetrics m : sim.history()) {
            innovations += m.get(Metric.INNOVATIONS);
            costs += m.get(Metric.TRANSACTION_COSTS);
        }
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("scenario", s.name() + " (policy " + s.policy() + ", seed " + s.seed() + ", " + s.steps() + " quarters)");
        lines.put("firms at end", Numbers.format(last.get(Metric.FIRMS)));
        lines.put("innovations, total", Numbers.format(innovations));
        lines.put("transaction costs, total", String.format(java.util.Locale.ROOT, "%.1f million EUR", costs / 1e6));
        // for reading, 3 decimals; timeseries.csv has the full values
        lines.put("cooperation rate, last quarter", share(last.get(Metric.COOPERATION_RATE)) + " (share of decisions)");
        lines.put("mean trust, last quarter", share(last.get(Metric.MEAN_TRUST)) + " (0 to 1)");
        lines.put("wall time", String.format(java.util.Locale.ROOT, "%.1f s (simulation thread CPU %.1f s)", seconds, cpuSeconds));
        lines.put("output", dir.toAbsolutePath().normalize().toString());
        lines.forEach((k, v) -> System.out.println(String.format("%-32s %s", k, v)));
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "NA" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
