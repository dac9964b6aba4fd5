package org.regiosim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.regiosim.experiment.Benchmark;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.output.AtomicFiles;
import org.regiosim.output.MetadataWriter;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regiosim bench}: how fast the model runs, against a floor, at several scales and thread counts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model: wall time, agent-steps per second and peak heap per scale, against a floor "
                + "(a plain MASON schedule over as many agents doing one random draw, one read and one write each), "
                + "and replication throughput with 1 and 2 threads.",
                "Run it as: java -Xmx1g -jar target/regiosim.jar bench (takes a few minutes)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario (default: scenarios/ruhr-baseline.yaml).")
    Path scenarioFile = Paths.get("scenarios", "ruhr-baseline.yaml");

    @Option(names = "--scales", split = ",", paramLabel = "S", description = "Scales to measure (default: 0.1,0.5,1.0,2.0).")
    List<Double> scales = new ArrayList<>(List.of(0.1, 0.5, 1.0, 2.0));

    @Option(names = "--steps", description = "Quarters per run (default: 80).")
    int steps = 80;

    @Option(names = "--repeats", description = "Runs per scale; the median is reported (default: 3).")
    int repeats = 3;

    @Option(names = "--threads", split = ",", paramLabel = "T", description = "Thread counts for the throughput test (default: 1,2).")
    List<Integer> threads = new ArrayList<>(List.of(1, 2));

    @Option(names = "--replications", description = "Replications per throughput measurement (default: 32).")
    int replications = 32;

    @Option(names = "--throughput-scale", description = "Scale of the throughput runs (default: 0.1).")
    double throughputScale = 0.1;

    @Option(names = "--seed", description = "Seed of the measured runs (default: 1).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for benchmark.csv and metadata.json (default: results/bench).")
    Path out = Paths.get("results", "bench");

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || repeats < 1 || replications < 1 || threads.stream().anyMatch(t -> t < 1)) {
            throw new InputException("bench: --steps, --repeats, --replications and --threads must be at least 1");
        }
        Scenario base = ScenarioLoader.load(scenarioFile, List.of());
        for (double s : scales) {
            ScenarioLoader.applyOverride(base.parameters(), "scale=" + s); // validates the range
        }
        OutputDirs.prepare(out);
        PrintWriter o = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        o.printf(Locale.ROOT, "RegioSim benchmark: %s, %d quarters, median of %d runs, seed %d%n", base.name(), steps,
                repeats, seed);
        o.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB, garbage collector %s%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), garbageCollector());
        // Warm the JIT first (three runs at the first scale, other seeds), so that the first scale
        // is not charged for compilation: one short run left it about 1.6 times too slow.
        Benchmark.measureScale(base, scales.get(0), steps, 3, seed + 1000);

        o.println("| scale | agents | build (s) | wall (s) | agent-steps/s | floor (s) | floor agent-steps/s | model/floor | peak heap (MiB) |");
        o.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StringBuilder csv = new StringBuilder("scale,agents,steps,build_seconds,wall_seconds,agent_steps_per_second,"
                + "floor_seconds,floor_agent_steps_per_second,model_floor_ratio,peak_heap_mib\n");
        List<Benchmark.ScaleResult> results = new ArrayList<>();
        for (double s : scales) {
            Benchmark.ScaleResult r = Benchmark.measureScale(base, s, steps, repeats, seed);
            results.add(r);
            o.printf(Locale.ROOT, "| %.2f | %d | %.2f | %.2f | %.3g | %.3f | %.3g | %.0f | %.0f |%n", r.scale(), r.agents(),
                    r.buildSeconds(), r.wallSeconds(), r.agentStepsPerSecond(), r.floorSeconds(),
                    r.floorAgentStepsPerSecond(), r.ratio(), r.peakHeapMiB());
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%.4f,%.1f,%.4f,%.1f,%.2f,%.1f%n", r.scale(), r.agents(),
                    r.steps(), r.buildSeconds(), r.wallSeconds(), r.agentStepsPerSecond(), r.floorSeconds(),
                    r.floorAgentStepsPerSecond(), r.ratio(), r.peakHeapMiB()));
        }
        o.println();
        Scenario tp = base.withParameters(base.parameters().with(ParameterSchema.SCALE, throughputScale)
                .with(ParameterSchema.STEPS, (long) steps));
        o.printf(Locale.ROOT, "Replication throughput (%d replications at scale %s; each thread count measured %d times, "
                + "alternating; medians):%n%n", replications, throughputScale, repeats);
        o.println("| threads | seconds | replications per minute | speed-up |");
        o.println("|---:|---:|---:|---:|");
        csv.append("\nthreads,replications,seconds,replications_per_minute\n");
        List<Map<String, Object>> tput = new ArrayList<>();
        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        // Warm up both threads' code paths first, so that no thread count is charged for compilation.
        Benchmark.throughput(tp, Math.max(2, most), most);
        // Alternate the thread counts, so that a slow phase of a shared machine hits all of them.
        double[][] seconds = new double[threads.size()][repeats];
        for (int r = 0; r < repeats; r++) {
            for (int t = 0; t < threads.size(); t++) {
                seconds[t][r] = Benchmark.throughput(tp, replications, threads.get(t)).seconds();
            }
        }
        double single = 0;
        for (int t = 0; t < threads.size(); t++) {
            double s = Benchmark.median(seconds[t]);
            double perMinute = replications * 60.0 / s;
            if (single == 0) {
                single = perMinute;
            }
            o.printf(Locale.ROOT, "| %d | %.2f | %.1f | %.2f |%n", threads.get(t), s, perMinute, perMinute / single);
            csv.append(String.format(Locale.ROOT, "%d,%d,%.4f,%.2f%n", threads.get(t), replications, s, perMinute));
            tput.add(Map.of("threads", threads.get(t), "replications", replications, "median_seconds", s,
                    "all_seconds", seconds[t]));
        }
        AtomicFiles.write(out.resolve("benchmark.csv"), os -> os.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> meta = MetadataWriter.base("bench", base);
        meta.put("steps", steps);
        meta.put("repeats", repeats);
        meta.put("seed", seed);
        meta.put("processors", Runtime.getRuntime().availableProcessors());
        meta.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        meta.put("garbage_collector", garbageCollector());
        meta.put("scales", results);
        meta.put("throughput", tput);
        meta.put("end_time", MetadataWriter.now());
        MetadataWriter.write(out.resolve("metadata.json"), new LinkedHashMap<>(meta));
        o.println();
        o.println("Written: " + out.resolve("benchmark.csv") + ", " + out.resolve("metadata.json"));
        return 0;
    }

    private static String garbageCollector() {
        return String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }
}
