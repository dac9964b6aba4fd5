package org.regiosim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.regiosim.experiment.Benchmark;
import org.regiosim.experiment.MemoryProbe;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.output.AtomicFiles;
import org.regiosim.output.MetadataWriter;
import org.regiosim.output.Numbers;
import org.regiosim.output.OutputSet;
import org.regiosim.output.Provenance;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regiosim bench}: how fast the model runs, against a floor, at several scales and thread counts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the model: wall time, agent-steps per second, peak heap and allocation per scale, "
                + "against a floor (a plain MASON schedule over as many agents doing one random draw, one read and one "
                + "write each) and an interaction floor (the same agents acting in a fresh random order, each reading a "
                + "random other agent), how each grows with the population, replication throughput by thread count "
                + "(1 and 2 unless --threads says otherwise; of the model and of the interaction floor), and the "
                + "machine's memory latency by working-set size (how much cache one thread has, which explains the "
                + "growth and the throughput).",
                "Run it as: REGIOSIM_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx1g\" ./regiosim bench (takes about a minute)."})
final class BenchCommand implements Callable<Integer> {

    /** Reads per probe measurement: about 1.5 s at main-memory latency, well above timer noise. */
    private static final long MEMORY_READS = 10_000_000;

    /** The JIT warm-up runs use seed + this, so that they differ from the measured runs. */
    private static final long WARM_UP_SEEDS = 1000;

    /** Where the tables go until all are written. */
    private OutputSet result;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario (default: scenarios/ruhr-baseline.yaml).")
    Path scenarioFile = DEFAULT_SCENARIO;

    private static final Path DEFAULT_SCENARIO = Paths.get("scenarios", "ruhr-baseline.yaml");

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

    @Option(names = "--memory-mib", split = ",", paramLabel = "MIB",
            description = "Working sets of the memory-latency probe, MiB (default: 1,2,4,8,16,64).")
    List<Integer> memoryMiB = new ArrayList<>(List.of(1, 2, 4, 8, 16, 64));

    @Option(names = "--no-memory-probe", description = "Skip the memory-latency probe.")
    boolean noMemoryProbe;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the tables%n  (scales.csv, throughput.csv, memory.csv)%n  and metadata.json (default: results/bench).")
    Path out = Paths.get("results", "bench");

    @Override
    public Integer call() throws Exception {
        validate();
        if (scenarioFile.equals(DEFAULT_SCENARIO) && !java.nio.file.Files.exists(scenarioFile)) {
            throw new InputException(scenarioFile + ": file not found; it is the default scenario, looked up from the "
                    + "current directory (" + Paths.get("").toAbsolutePath() + "): run bench from the repository's root "
                    + "or name a scenario file");
        }
        Scenario base = ScenarioLoader.load(scenarioFile, List.of());
        List<String> files = new ArrayList<>(List.of("scales.csv", "throughput.csv", OutputSet.METADATA));
        if (!noMemoryProbe) {
            files.add("memory.csv");
        }
        OutputDirs.refuseExperimentDirectory(out, "a benchmark", "bench");
        OutputDirs.prepare(out, files);
        // The tables and metadata.json are written into a staging directory and moved into place
        // together at the end (OutputSet): an interrupted benchmark replaces nothing.
        try (OutputSet result = OutputSet.create(out)) {
            this.result = result;
            measure(base);
        } catch (java.io.IOException e) {
            throw OutputDirs.cannotWrite(out, e);
        }
        return 0;
    }

    /**
     * Checks every option before anything is measured: a bad value found after the scale
     * benchmark would waste a minute and leave a partial result.
     */
    private void validate() throws InputException {
        if (scales.isEmpty()) {
            throw new InputException("--scales: give at least one scale, e.g. --scales 0.1,0.5");
        }
        // Each value against its parameter's range, the message naming the option.
        for (double s : scales) {
            ScenarioLoader.optionOverride("--scales", ParameterSchema.SCALE, plain(s));
        }
        ScenarioLoader.optionOverride("--throughput-scale", ParameterSchema.SCALE, plain(throughputScale));
        ScenarioLoader.optionOverride("--steps", ParameterSchema.STEPS, steps);
        ScenarioLoader.optionOverride("--seed", ParameterSchema.SEED, seed);
        checkWhole("--seed", seed, ParameterSchema.SEED.min(), ParameterSchema.SEED.max() - WARM_UP_SEEDS,
                " (the JIT warm-up runs use seed + " + WARM_UP_SEEDS + ")");
        checkWhole("--repeats", repeats, 1, 1000, "");
        checkWhole("--replications", replications, 1, 100_000, "");
        if (threads.isEmpty()) {
            throw new InputException("--threads: give at least one thread count, e.g. --threads 1,2");
        }
        for (int t : threads) {
            checkWhole("--threads", t, 1, 1024, "");
        }
        for (int m : memoryMiB) {
            checkWhole("--memory-mib", m, 1, 1024, " (MiB)");
        }
    }

    private static void checkWhole(String option, long value, double min, double max, String note) throws InputException {
        if (value < (long) min || value > (long) max) {
            throw new InputException(String.format(Locale.ROOT, "%s %d: expected a whole number from %d to %d%s", option,
                    value, (long) min, (long) max, note));
        }
    }

    private void measure(Scenario base) throws Exception {
        PrintWriter o = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        o.printf(Locale.ROOT, "RegioSim benchmark: %s, %d quarters, median of %d runs, seed %d%n", base.name(), steps,
                repeats, seed);
        String collector = Provenance.garbageCollector();
        o.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB, garbage collector %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), collector);
        if (collector.startsWith("G1")) {
            o.println("Note: G1 collector; ./regiosim runs with the parallel collector, which the published figures "
                    + "use (docs/PERFORMANCE.md).");
        }
        o.println();
        // Warm the JIT first (three runs at the first scale, other seeds), so that the first scale
        // is not charged for compilation: one short run left it about 1.6 times too slow.
        Benchmark.measureScale(base, scales.get(0), steps, 3, seed + WARM_UP_SEEDS);

        List<Benchmark.ScaleResult> results = measureScales(o, base);
        o.println();
        List<Map<String, Object>> tput = measureThroughput(o, base);
        List<MemoryProbe.Result> memory = noMemoryProbe ? List.of() : probeMemory(o);
        Map<String, Object> meta = MetadataWriter.base("bench", base);
        meta.put("steps", steps);
        meta.put("repeats", repeats);
        meta.put("seed", seed);
        meta.put("processors", Runtime.getRuntime().availableProcessors());
        meta.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        meta.put("scales", results.stream().map(BenchCommand::scaleEntry).toList());
        meta.put("throughput", tput);
        meta.put("memory_latency", memory);
        meta.put("end_time", MetadataWriter.now());
        MetadataWriter.write(result.resolve(OutputSet.METADATA), new LinkedHashMap<>(meta));
        result.commit();
        o.println();
        o.println("Written: scales.csv, throughput.csv" + (noMemoryProbe ? "" : ", memory.csv") + " and metadata.json in " + out);
        // The directory holds one benchmark: a probe of an earlier one would sit beside tables it
        // was not measured with (its metadata.json is replaced already).
        if (noMemoryProbe && java.nio.file.Files.deleteIfExists(out.resolve("memory.csv"))) {
            o.println("Removed memory.csv of an earlier benchmark (this one ran without the memory probe).");
        }
    }

    /**
     * The scales table: the model at each scale against the floor and the interaction floor, then
     * how each grows with the population from the first scale; writes scales.csv.
     */
    private List<Benchmark.ScaleResult> measureScales(PrintWriter o, Scenario base) throws Exception {
        o.println("| scale | agents | build (s) | wall (s) | agent-steps/s | floor (s) | floor agent-steps/s | model/floor "
                + "| interaction floor (s) | model/interaction floor | peak heap (MiB) | allocated (MiB) |");
        o.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        StringBuilder csv = new StringBuilder();
        List<Benchmark.ScaleResult> results = new ArrayList<>();
        for (double s : scales) {
            Benchmark.ScaleResult r = Benchmark.measureScale(base, s, steps, repeats, seed);
            results.add(r);
            o.printf(Locale.ROOT, "| %.2f | %d | %.2f | %.2f | %.3g | %.3f | %.3g | %.0f | %.3f | %.1f | %.0f | %.0f |%n", r.scale(),
                    r.agents(), r.buildSeconds(), r.wallSeconds(), r.agentStepsPerSecond(), r.floorSeconds(),
                    r.floorAgentStepsPerSecond(), r.ratio(), r.interactionFloorSeconds(), r.interactionRatio(),
                    r.peakHeapMiB(), r.allocatedMiB());
            // scales.csv has the columns of metadata.json's entries, in their order
            Map<String, Object> entry = scaleEntry(r);
            if (csv.length() == 0) {
                csv.append(String.join(",", entry.keySet())).append('\n');
            }
            csvRow(csv, entry.values().stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
        }
        writeCsv("scales.csv", csv);
        if (results.size() > 1) {
            printGrowth(o, results);
        }
        return results;
    }

    /** One scale's result under the names of the columns of scales.csv, for it and for metadata.json. */
    private static Map<String, Object> scaleEntry(Benchmark.ScaleResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", r.scale());
        m.put("agents", r.agents());
        m.put("steps", r.steps());
        m.put("build_seconds", r.buildSeconds());
        m.put("wall_seconds", r.wallSeconds());
        m.put("agent_steps_per_second", r.agentStepsPerSecond());
        m.put("floor_seconds", r.floorSeconds());
        m.put("floor_agent_steps_per_second", r.floorAgentStepsPerSecond());
        m.put("model_floor_ratio", r.ratio());
        m.put("interaction_floor_seconds", r.interactionFloorSeconds());
        m.put("model_interaction_floor_ratio", r.interactionRatio());
        m.put("peak_heap_mib", r.peakHeapMiB());
        m.put("allocated_mib", r.allocatedMiB());
        return m;
    }

    /**
     * Each scale's times over the first scale's: linear growth would match the agents' column. The
     * interaction floor shows what random encounters alone cost this machine as the population
     * outgrows its cache (docs/PERFORMANCE.md).
     */
    private static void printGrowth(PrintWriter o, List<Benchmark.ScaleResult> results) {
        Benchmark.ScaleResult first = results.get(0);
        o.println();
        o.printf(Locale.ROOT, "Growth with the population: each time over that at scale %.2f (linear growth matches "
                + "the agents' ratio):%n%n", first.scale());
        o.println("| scale | agents ratio | model | floor | interaction floor |");
        o.println("|---:|---:|---:|---:|---:|");
        for (Benchmark.ScaleResult r : results.subList(1, results.size())) {
            o.printf(Locale.ROOT, "| %.2f | %.1f | %.1f | %.1f | %.1f |%n", r.scale(), (double) r.agents() / first.agents(),
                    r.wallSeconds() / first.wallSeconds(), r.floorSeconds() / first.floorSeconds(),
                    r.interactionFloorSeconds() / first.interactionFloorSeconds());
        }
    }

    /** One timed batch of replications with a number of threads. */
    @FunctionalInterface
    private interface Batch {
        double seconds(int threads) throws Exception;
    }

    /**
     * The throughput tables: replications per minute per thread count, for the model and for its
     * interaction floor at the same population (what the machine gives parallel random encounters
     * alone); the counts alternate over the rounds, so that a slow phase of a shared machine hits
     * all of them. Writes throughput.csv, one row per workload, thread count and round.
     */
    private List<Map<String, Object>> measureThroughput(PrintWriter o, Scenario base) throws Exception {
        Scenario tp = base.withParameters(base.parameters().with(ParameterSchema.SCALE, throughputScale)
                .with(ParameterSchema.STEPS, (long) steps));
        int agents = Benchmark.initialAgents(tp);
        StringBuilder csv = new StringBuilder("workload,threads,replications,scale,round,seconds,replications_per_minute\n");
        List<Map<String, Object>> tput = new ArrayList<>();
        o.printf(Locale.ROOT, "Replication throughput (%d replications at scale %s; each thread count measured %d times, "
                + "alternating; medians; the speed-up of a round is the time with %d thread(s) over that with T threads "
                + "measured right after it):%n%n", replications, throughputScale, repeats, threads.get(0));
        throughputTable(o, "model", csv, tput, t -> Benchmark.throughput(tp, replications, t).seconds());
        o.println();
        o.printf(Locale.ROOT, "The same for the interaction floor over %d agents (random encounters alone):%n%n", agents);
        throughputTable(o, "interaction_floor", csv, tput,
                t -> Benchmark.interactionFloorThroughput(agents, steps, replications, t).seconds());
        writeCsv("throughput.csv", csv);
        return tput;
    }

    private void throughputTable(PrintWriter o, String workload, StringBuilder csv, List<Map<String, Object>> tput,
                                 Batch batch) throws Exception {
        o.println("| threads | seconds | replications per minute | speed-up | speed-up per round (min to max) |");
        o.println("|---:|---:|---:|---:|---:|");
        int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
        // Warm up the code paths of the largest thread count first, so that none is charged for compilation.
        batch.seconds(most);
        double[][] seconds = new double[threads.size()][repeats];
        for (int r = 0; r < repeats; r++) {
            for (int t = 0; t < threads.size(); t++) {
                seconds[t][r] = batch.seconds(threads.get(t));
                csv.append(workload).append(',');
                csvRow(csv, threads.get(t), replications, throughputScale, r + 1, seconds[t][r],
                        replications * 60.0 / seconds[t][r]);
            }
        }
        double first = replications * 60.0 / Benchmark.median(seconds[0]);
        for (int t = 0; t < threads.size(); t++) {
            double s = Benchmark.median(seconds[t]);
            double perMinute = replications * 60.0 / s;
            double[] perRound = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                perRound[r] = seconds[0][r] / seconds[t][r];
            }
            Arrays.sort(perRound);
            o.printf(Locale.ROOT, "| %d | %.2f | %.1f | %.2f | %.2f to %.2f |%n", threads.get(t), s, perMinute,
                    perMinute / first, perRound[0], perRound[repeats - 1]);
            Map<String, Object> entry = new LinkedHashMap<>(); // keys in this order, every run
            entry.put("workload", workload);
            entry.put("threads", threads.get(t));
            entry.put("replications", replications);
            entry.put("scale", throughputScale);
            entry.put("median_seconds", s);
            entry.put("all_seconds", seconds[t]);
            tput.add(entry);
        }
    }

    /** The memory-latency table (see {@link MemoryProbe}); writes memory.csv. */
    private List<MemoryProbe.Result> probeMemory(PrintWriter o) throws Exception {
        o.println();
        o.println("Memory latency (a chase of dependent random reads, one per 64-byte cache line, over a working set; "
                + "alone, then with a second thread chasing its own set of the same size at the same time):");
        o.println();
        o.println("| working set (MiB) | ns per read, alone | ns per read, two threads | slow-down |");
        o.println("|---:|---:|---:|---:|");
        StringBuilder csv = new StringBuilder("working_set_mib,alone_ns_per_read,paired_ns_per_read,slowdown\n");
        List<MemoryProbe.Result> memory = new ArrayList<>();
        for (int mib : memoryMiB) {
            MemoryProbe.Result m = MemoryProbe.measure(mib, MEMORY_READS);
            memory.add(m);
            o.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.2f |%n", mib, m.aloneNanos(), m.pairedNanos(), m.slowdown());
            csvRow(csv, mib, m.aloneNanos(), m.pairedNanos(), m.slowdown());
        }
        writeCsv("memory.csv", csv);
        return memory;
    }

    /** A number as it was most likely typed (0 rather than 0.0), for messages. */
    private static String plain(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    /** One CSV row, numbers written as in every other CSV of the tool ({@link Numbers#format}). */
    private static void csvRow(StringBuilder csv, double... values) {
        for (int i = 0; i < values.length; i++) {
            csv.append(i == 0 ? "" : ",").append(Numbers.format(values[i]));
        }
        csv.append('\n');
    }

    private void writeCsv(String name, StringBuilder text) throws java.io.IOException {
        AtomicFiles.writeString(result.resolve(name), text.toString());
    }
}
