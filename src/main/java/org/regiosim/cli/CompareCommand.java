package org.regiosim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.regiosim.experiment.Arm;
import org.regiosim.experiment.Journal;
import org.regiosim.experiment.Measure;
import org.regiosim.experiment.ParallelRunner;
import org.regiosim.experiment.PolicyComparison;
import org.regiosim.model.Metric;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.output.BandCharts;
import org.regiosim.output.ComparisonReport;
import org.regiosim.output.ComparisonTables;
import org.regiosim.output.Html;
import org.regiosim.output.MetadataWriter;
import org.regiosim.output.OutputSet;
import org.regiosim.output.Provenance;
import org.regiosim.output.StreamingCsv;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code regiosim compare}: replicated policy comparison with statistics, charts and a report. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios or policies over many replications with common random numbers; writes "
                + "runs.csv, summary.csv, tests.csv, charts/, report.html and metadata.json.",
            "Interrupted, it continues where it stopped when the same command is run again (journal.csv).",
            "Each SCENARIO is one arm; with --policies, every scenario runs under each listed policy. The first arm "
                + "is the baseline."})
final class CompareCommand implements Callable<Integer> {

    /** Finished runs, appended as they finish; makes an interrupted comparison resumable. */
    static final String JOURNAL = "journal.csv";

    @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Scenario YAML files, e.g. scenarios/ruhr-baseline.yaml")
    List<Path> scenarioFiles;

    @Option(names = "--policies", paramLabel = "LIST",
            description = "Arms by policy: e.g. none,brokerage,cofunding. A mix is written with shares, "
                    + "e.g. none,brokerage=0.5,cofunding=0.5 (consecutive name=share items form one mix), or separate "
                    + "arms with ';'.")
    String policies;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "30",
            description = "Replications per arm (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--threads", paramLabel = "T", description = "Parallel runs (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of replication 0; replication i uses N + i in every arm (default: the first scenario's seed).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Quarters to simulate in every arm (default: each scenario's steps).")
    Integer steps;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a parameter in every arm (repeatable), e.g. --set scale=0.05")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/compare-<first scenario>).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar and no summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (replications < 1 || replications > 100_000) {
            throw new InputException("--replications " + replications + ": expected a whole number from 1 to 100000");
        }
        int nThreads = threads == null ? ParallelRunner.defaultThreads() : threads;
        if (nThreads < 1 || nThreads > 1024) {
            throw new InputException("--threads " + nThreads + ": expected a whole number from 1 to 1024");
        }
        List<Arm> arms = arms();
        long baseSeed = seed != null ? seed : arms.get(0).scenario().seed();
        long maxSeed = (long) ParameterSchema.SEED.max();
        if (baseSeed < 0 || baseSeed > maxSeed - (replications - 1)) {
            // Replication i runs with seed + i in every arm.
            String setSeed = Overrides.setOption(sets, ParameterSchema.SEED);
            String from = seed != null ? "--seed " + baseSeed
                    : setSeed != null ? setSeed
                    : arms.get(0).scenario().file() + ", key 'seed' (" + baseSeed + ")";
            throw new InputException(from + ": with " + replications + " replications the seeds run to "
                    + (baseSeed + replications - 1) + "; seeds go from 0 to " + maxSeed + ", so the first seed can be at most "
                    + (maxSeed - (replications - 1)) + (seed != null ? "" : " (or give --seed)"));
        }
        Path dir = out != null ? out : Paths.get("results", "compare-" + arms.get(0).scenario().name());
        OutputDirs.prepare(dir, files());

        PolicyComparison c = new PolicyComparison(arms, replications, baseSeed);
        Path journalFile = dir.resolve(JOURNAL);
        String started = MetadataWriter.now();
        long t0 = System.nanoTime();
        int resumed;
        double seconds;
        // The journal keeps every finished run, so an interrupted comparison continues where it
        // stopped when the same command is run again. The result's files (runs.csv, streamed as
        // runs finish, then the tables, charts, report and metadata.json) are written into a
        // staging directory and moved into place together when all are complete (OutputSet):
        // never a new runs.csv beside an old summary. The journal stays open, and so locked,
        // until then, so that two comparisons never replace the files at the same time.
        try (Journal journal = Journal.open(journalFile, "compare", c.fingerprint(Provenance.toolVersion()));
             OutputSet files = OutputSet.create(dir);
             ResumeHint hint = new ResumeHint("compare", journalFile)) {
            try (StreamingCsv runs = new StreamingCsv(files.resolve("runs.csv"), ComparisonTables.runsHeader());
                 Progress progress = Progress.start(!quiet, "compare", c.runCount(), "runs")) {
                PolicyComparison.RunListener toRunsCsv = (run, history) -> {
                    ComparisonTables.writeRun(runs, run, history);
                    progress.step();
                };
                resumed = c.replayJournal(journalFile, toRunsCsv);
                journal.keepFirst(resumed);
                c.execute(nThreads, resumed, journal, toRunsCsv);
                runs.commit();
            }
            seconds = (System.nanoTime() - t0) / 1e9;
            writeResults(files, c, arms, baseSeed, nThreads, started, seconds, resumed);
            files.commit();
        } catch (Journal.Conflict e) {
            throw new InputException("--out " + dir + ": " + e.getMessage());
        } catch (IOException e) {
            throw OutputDirs.cannotWrite(dir, e);
        }

        if (!quiet) {
            printSummary(c, dir, seconds, nThreads, resumed);
        }
        return 0;
    }

    /** The files of a comparison, relative to its output directory (the journal and its lock included). */
    static List<String> files() {
        List<String> files = new ArrayList<>(List.of("runs.csv", "summary.csv", "tests.csv", "report.html",
                OutputSet.METADATA, JOURNAL, JOURNAL + ".lock"));
        for (BandCharts.Spec s : BandCharts.STANDARD) {
            files.add("charts/" + s.fileName() + ".png");
        }
        return files;
    }

    /** summary.csv, tests.csv, charts, report.html and metadata.json, into the staging directory. */
    private void writeResults(OutputSet result, PolicyComparison c, List<Arm> arms, long baseSeed, int nThreads,
                              String started, double seconds, int resumed) throws IOException {
        ComparisonTables.writeSummary(result.resolve("summary.csv"), c);
        ComparisonTables.writeTests(result.resolve("tests.csv"), c);
        List<Path> charts = BandCharts.writeAll(result.resolve("charts"), c);
        List<byte[]> pngs = new ArrayList<>();
        for (Path p : charts) {
            pngs.add(BandCharts.read(p));
        }
        String ended = MetadataWriter.now();

        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("tool", "regiosim " + Provenance.toolVersion());
        prov.put("git commit", Provenance.gitCommit());
        prov.put("Java", Provenance.javaVersion());
        prov.put("command", "regiosim compare " + commandLine());
        prov.put("runs", c.runCount() + " (" + arms.size() + " arms x " + replications + " replications)");
        prov.put("seeds", "replication i uses seed " + baseSeed + " + i in every arm");
        prov.put("started", started);
        prov.put("finished", ended);
        prov.put("wall time", String.format(Locale.ROOT, "%.1f s on %d thread%s", seconds, nThreads, nThreads == 1 ? "" : "s"));
        for (Arm a : arms) {
            prov.put("arm " + a.label(), "scenario file " + a.scenario().file() + "; policy " + a.policy()
                    + differences(arms.get(0).scenario().parameters(), a.scenario().parameters()));
        }
        ComparisonReport.write(result.resolve("report.html"), c, c.tests(), BandCharts.STANDARD, pngs, prov);

        Map<String, Object> meta = MetadataWriter.base("compare", arms.get(0).scenario());
        List<Map<String, Object>> armMeta = new ArrayList<>();
        for (Arm a : arms) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("arm", a.label());
            m.put("scenario", a.scenario().name());
            m.put("file", a.scenario().file().toString());
            m.put("policy", a.policy());
            m.put("parameters", a.scenario().parameters().asMap());
            armMeta.add(m);
        }
        meta.put("arms", armMeta);
        meta.put("baseline_arm", arms.get(0).label());
        meta.put("replications", replications);
        meta.put("base_seed", baseSeed);
        meta.put("seed_rule", "replication i uses seed base_seed + i in every arm (common random numbers)");
        meta.put("seeds", c.seeds());
        meta.put("threads", nThreads);
        meta.put("overrides", sets);
        meta.put("start_time", started);
        meta.put("end_time", ended);
        meta.put("wall_time_seconds", Math.round(seconds * 1000) / 1000.0);
        meta.put("runs_from_journal", resumed);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("runs.csv", "one row per run and quarter: run_id, arm, scenario, policy, replication, seed, step, metrics");
        files.put("summary.csv", "per arm, metric and measure: mean, sd, 95% CI, median, quartiles over the replications");
        files.put("tests.csv", "each arm against the baseline arm: difference with 95% CI, Welch, Mann-Whitney and paired t p (raw and Holm), Hedges' g, identical, pairs and the paired difference's 95% CI");
        files.put("charts/", "mean with 95% band over time per arm: transaction costs, innovations, cooperation rate");
        files.put("report.html", "self-contained report for reading and printing");
        files.put(JOURNAL, "every finished run's quarters, appended as it finishes: lets an interrupted comparison "
                + "continue (not for analysis; use runs.csv)");
        meta.put("files", files);
        MetadataWriter.write(result.resolve(OutputSet.METADATA), meta);
    }

    /** The arms from the scenarios and --policies. */
    List<Arm> arms() throws InputException {
        // --seed is the comparison's base seed, not an override; it still decides the seed.
        Map<String, String> decidedBy = new LinkedHashMap<>();
        if (seed != null) {
            decidedBy.put(ParameterSchema.SEED.key(), "--seed " + seed);
        }
        if (policies != null) {
            decidedBy.put(ParameterSchema.POLICY.key(), "--policies " + policies);
        }
        List<String> overrides = Overrides.of(sets, null, steps, decidedBy);
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : scenarioFiles) {
            Scenario loaded = ScenarioLoader.load(f, overrides);
            Notes.print(loaded);
            scenarios.add(loaded);
        }
        List<String> policyList = policies == null ? List.of() : splitPolicies(policies);
        List<Arm> arms = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (Scenario s : scenarios) {
            if (policyList.isEmpty()) {
                add(arms, labels, s.name(), s);
                continue;
            }
            String schedule = s.parameters().text(ParameterSchema.POLICY_CHANGES);
            if (!schedule.isBlank()) {
                // The schedule would switch every arm to the same policies part-way: the arms
                // would no longer differ by the policy they are labelled with.
                String setBy = Overrides.setOption(sets, ParameterSchema.POLICY_CHANGES);
                String source = setBy != null ? setBy + " schedules" : s.file() + " schedules";
                throw new InputException("--policies: " + source + " policy changes (policy_changes: "
                        + schedule + ") that would replace each arm's policy during the run; "
                        + (setBy != null ? "leave it out" : "add --set policy_changes=")
                        + " to run each arm's policy for the whole run, or compare scenario files without --policies");
            }
            for (String p : policyList) {
                Parameters params;
                try {
                    params = s.parameters().with(ParameterSchema.POLICY, p);
                } catch (IllegalArgumentException e) {
                    throw new InputException("--policies " + policies + ": '" + p + "': " + e.getMessage());
                }
                List<String> problems = params.crossProblems();
                if (!problems.isEmpty()) {
                    throw new InputException("--policies " + policies + ": '" + p + "' with " + s.file() + ": "
                            + problems.get(0));
                }
                String canonical = params.text(ParameterSchema.POLICY);
                String label = scenarios.size() == 1 ? canonical : s.name() + "/" + canonical;
                add(arms, labels, label, s.withParameters(params));
            }
        }
        return arms;
    }

    private static void add(List<Arm> arms, Set<String> labels, String label, Scenario s) throws InputException {
        if (!labels.add(label)) {
            throw new InputException("arm '" + label + "' is given twice; each scenario and policy may appear once");
        }
        arms.add(new Arm(arms.size(), label, s));
    }

    /**
     * Splits --policies into arms: on ';' if present, otherwise on ',' with consecutive
     * name=share items joined into one mix.
     */
    static List<String> splitPolicies(String text) throws InputException {
        List<String> out = new ArrayList<>();
        if (text.contains(";")) {
            for (String p : text.split(";")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
        } else {
            StringBuilder mix = new StringBuilder();
            for (String part : text.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                if (p.contains("=")) {
                    mix.append(mix.length() > 0 ? "," : "").append(p);
                } else {
                    if (mix.length() > 0) {
                        out.add(mix.toString());
                        mix.setLength(0);
                    }
                    out.add(p);
                }
            }
            if (mix.length() > 0) {
                out.add(mix.toString());
            }
        }
        if (out.isEmpty()) {
            throw new InputException("--policies '" + text + "': no policy given; e.g. --policies none,brokerage,cofunding");
        }
        return out;
    }

    private static String differences(Parameters base, Parameters p) {
        List<String> d = new ArrayList<>();
        Map<String, Object> a = base.asMap();
        p.asMap().forEach((k, v) -> {
            if (!v.equals(a.get(k)) && !k.equals("policy")) {
                d.add(k + "=" + v);
            }
        });
        return d.isEmpty() ? "" : "; differs from the baseline in " + String.join(", ", d);
    }

    private String commandLine() {
        List<String> parts = new ArrayList<>();
        scenarioFiles.forEach(f -> parts.add(f.toString()));
        if (policies != null) {
            parts.add("--policies " + policies);
        }
        parts.add("--replications " + replications);
        if (seed != null) {
            parts.add("--seed " + seed);
        }
        if (steps != null) {
            parts.add("--steps " + steps);
        }
        sets.forEach(s -> parts.add("--set " + s));
        return String.join(" ", parts);
    }

    private static void printSummary(PolicyComparison c, Path dir, double seconds, int threads, int resumed) {
        System.out.println(String.format(Locale.ROOT, "%-28s %22s %26s %14s", "arm (mean of " + c.replications() + ")",
                "innovations, total", "transaction costs, total", "coop. rate"));
        for (Arm a : c.arms()) {
            System.out.println(String.format(Locale.ROOT, "%-28s %22s %26s %14s", a.label(),
                    Html.num(c.summary(a, Metric.INNOVATIONS, Measure.TOTAL).mean()),
                    Html.num(c.summary(a, Metric.TRANSACTION_COSTS, Measure.TOTAL).mean()) + " EUR",
                    Html.num(c.summary(a, Metric.COOPERATION_RATE, Measure.AVERAGE).mean())));
        }
        System.out.println(String.format(Locale.ROOT, "%d runs in %.1f s on %d thread%s%s", c.runCount(), seconds, threads,
                threads == 1 ? "" : "s",
                resumed == 0 ? "" : " (" + resumed + " of them finished earlier, taken from " + JOURNAL + ")"));
        System.out.println("report: " + dir.resolve("report.html").toAbsolutePath().normalize());
    }
}
