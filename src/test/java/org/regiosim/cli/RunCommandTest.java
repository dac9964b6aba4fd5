package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiosim.model.Metric;
import org.regiosim.output.TimeseriesWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** End to end through the command line: every shipped scenario, reproducibility, input errors. */
class RunCommandTest {

    @TempDir
    Path dir;

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioRunsAtSmallScale(Path scenario) throws Exception {
        Path out = dir.resolve("out");
        int code = Main.execute("run", scenario.toString(), "--set", "scale=0.005", "--steps", "6", "--out",
                out.toString(), "--quiet");
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo(TimeseriesWriter.header());
        assertThat(lines.get(0)).startsWith("step,transaction_costs,search_costs,negotiation_costs,monitoring_costs,municipal_transaction_costs,innovations");
        assertThat(lines.get(1)).startsWith("0,");
        assertThat(lines.get(1).split(",", -1)).hasSize(Metric.count() + 1);
        for (String chart : List.of("transaction_costs", "innovations", "cooperation")) {
            Path png = out.resolve("charts").resolve(chart + ".png");
            assertThat(ImageIO.read(png.toFile()).getWidth()).isPositive();
        }
        JsonNode meta = new ObjectMapper().readTree(out.resolve("metadata.json").toFile());
        assertThat(meta.get("seed").asLong()).isEqualTo(meta.at("/scenario/parameters/seed").asLong());
        assertThat(meta.at("/scenario/parameters/scale").asDouble()).isEqualTo(0.005);
        assertThat(meta.get("java_version").asText()).isNotEmpty();
        assertThat(meta.get("start_time").asText()).isNotEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDiffers() throws Exception {
        String scenario = "scenarios/ruhr-baseline.yaml";
        run(scenario, "1", dir.resolve("a"));
        run(scenario, "1", dir.resolve("b"));
        run(scenario, "2", dir.resolve("c"));
        byte[] a = Files.readAllBytes(dir.resolve("a/timeseries.csv"));
        assertThat(Files.readAllBytes(dir.resolve("b/timeseries.csv"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("c/timeseries.csv"))).isNotEqualTo(a);
    }

    /** --agents: one row per active agent at the end, as many firms as the time series' last quarter counts. */
    @Test
    void agentsCsvHasEveryActiveAgentOnceAndTheSameBytesForTheSameSeed() throws Exception {
        for (String name : List.of("a", "b")) {
            assertThat(Main.execute("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "12",
                    "--agents", "--out", dir.resolve(name).toString(), "--quiet")).isZero();
        }
        List<String> rows = Files.readAllLines(dir.resolve("a/agents.csv"));
        assertThat(rows.get(0)).isEqualTo(org.regiosim.output.AgentsWriter.HEADER);
        List<String> ts = Files.readAllLines(dir.resolve("a/timeseries.csv"));
        int firmsColumn = List.of(ts.get(0).split(",")).indexOf("firms");
        int firms = Integer.parseInt(ts.get(ts.size() - 1).split(",")[firmsColumn]);
        assertThat(rows.stream().skip(1).filter(r -> r.split(",")[1].equals("firm"))).hasSize(firms);
        assertThat(rows.stream().skip(1).filter(r -> r.split(",")[1].equals("municipality"))).hasSize(53);
        assertThat(rows.stream().skip(1).filter(r -> r.split(",")[1].equals("university"))).hasSize(22);
        assertThat(rows.stream().skip(1).map(r -> r.split(",")[0]).distinct()).hasSize(rows.size() - 1);
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"); // commas outside quotes
            assertThat(f).as(r).hasSize(16);
            double p = Double.parseDouble(f[8]);
            assertThat(p).as("cooperation probability").isBetween(0.0, 1.0);
        }
        assertThat(Files.readAllBytes(dir.resolve("b/agents.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/agents.csv")));
        assertThat(Files.readString(dir.resolve("a/metadata.json"))).contains("\"agents.csv\"");
    }

    /** agents.csv's columns, read by name, hold the agents' state as documented; capital net of the overhead owed. */
    @Test
    void agentsCsvColumnsHoldTheAgentsState() throws Exception {
        org.regiosim.model.RegioSim sim = org.regiosim.TestRegions.run(org.regiosim.TestRegions.small(0.01), 3, 12);
        Path file = dir.resolve("agents.csv");
        org.regiosim.output.AgentsWriter.write(file, sim);
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        java.util.Map<String, java.util.Map<String, String>> byId = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), f[i]);
            }
            byId.put(row.get("agent_id"), row);
        }
        List<org.regiosim.model.Agent> agents = new java.util.ArrayList<>(sim.municipalities());
        agents.addAll(sim.universities());
        for (int i = 0; i < sim.population().size(); i++) {
            agents.add(sim.population().get(i));
        }
        int owing = 0;
        for (org.regiosim.model.Agent a : agents) {
            java.util.Map<String, String> r = byId.get(Integer.toString(a.getId()));
            assertThat(r).as("a row for %s", a).isNotNull();
            assertThat(r.get("kind")).isEqualTo(a.kind().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(r.get("municipality")).isEqualTo(a.home().name());
            assertThat(Double.parseDouble(r.get("cooperation_probability"))).isCloseTo(a.getCooperationProbability(),
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Double.parseDouble(r.get("generalised_trust"))).isCloseTo(a.getGeneralisedTrust(),
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Integer.parseInt(r.get("remembered_partners"))).isEqualTo(a.ties().size());
            if (a.ties().size() > 0) {
                double sum = 0;
                for (int k = 0; k < a.ties().size(); k++) {
                    sum += a.ties().trust(k);
                }
                assertThat(Double.parseDouble(r.get("mean_trust_in_partners"))).isCloseTo(sum / a.ties().size(),
                        org.assertj.core.api.Assertions.within(1e-9));
            } else {
                assertThat(r.get("mean_trust_in_partners")).isEqualTo("NA");
            }
            assertThat(r.get("institution_id")).isEqualTo(a.institution() == null ? "NA" : Integer.toString(a.institution().id()));
            assertThat(r.get("institution_kind")).isEqualTo(a.institution() == null ? "NA"
                    : a.institution().kind().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(r.get("last_decision_step")).isEqualTo(a.getLastDecisionStep() < 0 ? "NA" : Integer.toString(a.getLastDecisionStep()));
            assertThat(r.get("last_choice")).isEqualTo(a.getLastDecisionStep() < 0 ? "NA" : a.getChoseCooperate() ? "cooperate" : "compete");
            if (a instanceof org.regiosim.model.Firm firm) {
                assertThat(r.get("name")).isEqualTo("NA");
                assertThat(r.get("lead_market")).isEqualTo(firm.market().key());
                assertThat(Integer.parseInt(r.get("employees"))).isEqualTo(firm.employees());
                assertThat(Integer.parseInt(r.get("founded_step"))).isEqualTo(firm.getFounded());
                assertThat(Double.parseDouble(r.get("capital"))).isCloseTo(firm.capitalNow(sim),
                        org.assertj.core.api.Assertions.within(1e-8 * Math.abs(firm.capitalNow(sim)) + 1e-6));
                owing += firm.capitalNow(sim) < firm.capital() ? 1 : 0;
            } else {
                assertThat(r.get("name")).isNotEqualTo("NA");
                for (String firmOnly : List.of("lead_market", "employees", "capital", "founded_step")) {
                    assertThat(r.get(firmOnly)).as(firmOnly + " of " + a).isEqualTo("NA");
                }
            }
        }
        assertThat(byId).hasSize(agents.size());
        assertThat(owing).as("firms whose overhead is owed (so capital and capitalNow differ)").isGreaterThan(100);
    }

    private static void run(String scenario, String seed, Path out) {
        assertThat(Main.execute("run", scenario, "--set", "scale=0.01", "--steps", "12", "--seed", seed,
                "--out", out.toString(), "--quiet")).isZero();
    }

    @Test
    void badInputExitsWithTwoAndOneClearMessage() throws Exception {
        assertError(List.of("run", "scenarios/nope.yaml"), "scenarios/nope.yaml: file not found");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scael=0.1"), "did you mean 'scale'");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=9"), "out of range");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=Infinity"),
                "--set scale=Infinity: key 'scale': expected a number from 0.0005 to 4, got 'Infinity'");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01d"), "got '0.01d'");
        // An option's bad value is reported under that option, not as the --set it becomes.
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--steps", "0"),
                "regiosim: --steps 0: value 0 is out of range; expected a whole number from 1 to 4000");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--seed", "-1"),
                "regiosim: --seed -1: value -1 is out of range; expected a whole number from 0 to 9000000000000000");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--frobnicate"), "Unknown option");
        assertError(List.of("run", "scenarios/ruhr-workshop.yaml", "--set", "agency.focus_markets=", "--set", "policy=platform"),
                "--set agency.focus_markets=: scenarios/ruhr-workshop.yaml: agency.focus_markets: the list is empty, "
                        + "but the policy platform acts only in focus markets");
        assertError(List.of("run", "scenarios"), "regiosim: scenarios: is a directory, expected a YAML file");
        Path escape = dir.resolve("escape.yaml");
        Files.writeString(escape, "name: ../../etc\n");
        assertError(List.of("run", escape.toString(), "--quiet"), "key 'name': '../../etc' is not a valid name");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "name=foo"),
                "key 'name' can only be given in the scenario file");
        Path file = dir.resolve("file");
        Files.writeString(file, "x");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--out", file.toString()), "not a directory");
    }

    private static void assertError(List<String> args, String expected) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute(args.toArray(new String[0]));
        } finally {
            System.setErr(oldErr);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(String.join(" ", args)).isEqualTo(2);
        assertThat(text).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPolicySwitchAfterTheLastStepIsNotedNotRefused() throws Exception {
        int[] code = {0};
        String err = Stderr.of(() -> code[0] = Main.execute("run", "scenarios/ruhr-mixed.yaml", "--set", "scale=0.005",
                "--steps", "6", "--out", dir.resolve("short").toString(), "--quiet"));
        assertThat(code[0]).isZero();
        assertThat(err).isEqualTo("regiosim: note: scenarios/ruhr-mixed.yaml: policy_changes: the switch at step 40 will "
                + "not happen; a run of 6 steps has steps 0 to 5" + System.lineSeparator());
    }

    @Test
    void anInterruptedRunLeavesEarlierResultsIntact() throws Exception {
        Path out = dir.resolve("keep");
        run("scenarios/ruhr-baseline.yaml", "1", out);
        byte[] before = Files.readAllBytes(out.resolve("timeseries.csv"));
        // A run that fails on input after the directory exists must not touch what is there.
        assertThat(Main.execute("run", "scenarios/ruhr-baseline.yaml", "--set", "policy=bogus", "--out",
                out.toString(), "--quiet")).isEqualTo(2);
        assertThat(Files.readAllBytes(out.resolve("timeseries.csv"))).isEqualTo(before);
    }

    /** The files of a run's result, by path relative to its directory; metadata.json only by its seed. */
    private static Map<String, String> result(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String f : RunCommand.files()) {
            Path p = out.resolve(f);
            if (f.equals("metadata.json")) {
                files.put(f, Files.exists(p) ? "seed " + new ObjectMapper().readTree(p.toFile()).get("seed").asLong() : "missing");
            } else {
                files.put(f, Files.exists(p) ? Arrays.toString(Files.readAllBytes(p)).hashCode() + "/" + Files.size(p) : "missing");
            }
        }
        return files;
    }

    private static List<String> temporaryFiles(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.map(p -> out.relativize(p).toString()).filter(n -> n.contains(".part")).toList();
        }
    }

    private static final String[] CHILD_RUN = {"run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps",
        "40", "--seed", "2", "--quiet", "--out"};

    private Process child(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of(CHILD_RUN));
        args.add(out.toString());
        return ChildJvm.start(dir.resolve("child.log"), args);
    }

    @Test
    void anInterruptedRunReplacesTheEarlierResultWholeOrNotAtAll() throws Exception {
        Path out = dir.resolve("out");
        Path second = dir.resolve("second");
        for (var r : List.of(Map.entry("1", out), Map.entry("2", second))) {
            assertThat(Main.execute("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "40",
                    "--seed", r.getKey(), "--quiet", "--out", r.getValue().toString())).isZero();
        }
        Map<String, String> seed1 = result(out);
        Map<String, String> seed2 = result(second);
        assertThat(seed1.get("metadata.json")).isEqualTo("seed 1");
        assertThat(seed2.get("metadata.json")).isEqualTo("seed 2");

        // Ctrl-C (SIGTERM: the same shutdown) while the new result is being written: nothing is replaced.
        Process p = child(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && temporaryFiles(out).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(p.isAlive()).as("still writing when interrupted").isTrue();
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(result(out)).isEqualTo(seed1);
        assertThat(temporaryFiles(out)).isEmpty();

        // Ctrl-C the moment the first file of the new result appears: the old code had by then
        // replaced timeseries.csv, but not yet the charts and metadata.json.
        p = child(out);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && result(out).equals(seed1) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(result(out)).isIn(seed1, seed2);
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void aTargetThatCannotBeReplacedIsOneMessageAndNothingIsReplaced() throws Exception {
        Path out = dir.resolve("blocked");
        run("scenarios/ruhr-baseline.yaml", "1", out);
        Map<String, String> before = result(out);

        // charts/ is a file: found before simulating; timeseries.csv is kept.
        Path charts = out.resolve("charts");
        Path keptCharts = dir.resolve("kept-charts");
        Files.move(charts, keptCharts);
        Files.writeString(charts, "not a directory");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "12", "--seed", "2",
                "--quiet", "--out", out.toString()), "--out " + out + ": cannot write " + charts + " (it is a file");
        Files.delete(charts);
        Files.move(keptCharts, charts);
        assertThat(result(out)).isEqualTo(before);

        // timeseries.csv is a directory
        Path ts = out.resolve("timeseries.csv");
        Files.move(ts, dir.resolve("kept.csv"));
        Files.createDirectory(ts);
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "12", "--seed", "2",
                "--quiet", "--out", out.toString()), "cannot write " + ts + " (it is a directory)");
        assertThat(out.resolve("metadata.json")).content().contains("\"seed\" : 1,");
        Files.delete(ts);
        Files.move(dir.resolve("kept.csv"), ts);
        assertThat(result(out)).isEqualTo(before);
        assertThat(temporaryFiles(out)).isEmpty();
    }

    @Test
    void aReadOnlyChartsDirectoryIsOneMessage() throws Exception {
        // root may write anywhere: the check needs an ordinary user
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path out = dir.resolve("readonly");
        run("scenarios/ruhr-baseline.yaml", "1", out);
        Map<String, String> before = result(out);
        Path charts = out.resolve("charts");
        assertThat(charts.toFile().setWritable(false)).isTrue();
        try {
            assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "12",
                    "--seed", "2", "--quiet", "--out", out.toString()), "cannot write " + charts.resolve("transaction_costs.png") + " (directory " + charts + " is not writable)");
        } finally {
            charts.toFile().setWritable(true);
        }
        assertThat(result(out)).isEqualTo(before);
    }

    @Test
    void aRunIsNotWrittenIntoTheDirectoryOfAComparison() throws Exception {
        Path compare = dir.resolve("compare");
        assertThat(Main.execute("compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage",
                "--replications", "2", "--set", "scale=0.01", "--steps", "4", "--quiet", "--out", compare.toString()))
                .isZero();
        byte[] metadata = Files.readAllBytes(compare.resolve("metadata.json"));
        byte[] chart = Files.readAllBytes(compare.resolve("charts/innovations.png"));
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--set", "scale=0.01", "--steps", "4", "--quiet",
                "--out", compare.toString()), "--out " + compare + ": holds the results of a comparison");
        assertThat(Files.readAllBytes(compare.resolve("metadata.json"))).isEqualTo(metadata);
        assertThat(Files.readAllBytes(compare.resolve("charts/innovations.png"))).isEqualTo(chart);
        assertThat(compare.resolve("timeseries.csv")).doesNotExist();

        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        Files.writeString(sweep.resolve("journal.csv"), "# regiosim sweep journal v1 0123abcd\n");
        assertError(List.of("run", "scenarios/ruhr-baseline.yaml", "--out", sweep.toString()),
                "holds the results of a sweep");
    }
}
