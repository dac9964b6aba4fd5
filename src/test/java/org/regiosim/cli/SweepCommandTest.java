package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path tmp;

    static final String BASE = Path.of("scenarios/ruhr-baseline.yaml").toAbsolutePath().toString();
    static final List<String> FINAL_FILES = List.of("runs.csv", "points.csv", "sensitivity.csv",
            "charts/sensitivity_innovations_total.png");

    /** A small Sobol experiment: 8 x (2 + 2) = 32 points x 2 replications = 64 runs. */
    Path sobol(int steps, int samples) throws Exception {
        Path f = tmp.resolve("sobol-" + steps + "-" + samples + ".yaml");
        Files.writeString(f, "scenario: " + BASE + "\n" + """
                set: {scale: 0.01, steps: %d}
                seed: 3
                replications: 2
                design: {type: sobol, samples: %d, bootstrap: 50}
                parameters:
                  trust.initial: {min: 0.1, max: 0.5}
                  firms.opportunity_rate: {min: 0.1, max: 0.4}
                metrics:
                  innovations: total
                  cooperation_rate: average
                """.formatted(steps, samples));
        return f;
    }

    static int sweep(Path exp, Path out, int threads) {
        return Main.execute("sweep", exp.toString(), "--out", out.toString(), "--threads", Integer.toString(threads), "--quiet");
    }

    static void assertSameFinalFiles(Path a, Path b) throws Exception {
        for (String f : FINAL_FILES) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    static long journalRuns(Path dir) throws Exception {
        Path j = dir.resolve("journal.csv");
        if (!Files.exists(j)) {
            return 0;
        }
        return Files.readAllLines(j).stream().filter(l -> !l.startsWith("#")).count();
    }

    @Test
    void writesTablesAndTheyDoNotDependOnThreads() throws Exception {
        Path exp = sobol(4, 8);
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        assertThat(sweep(exp, one, 1)).isZero();
        assertThat(sweep(exp, three, 3)).isZero();
        assertSameFinalFiles(one, three);
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertThat(runs.get(0)).isEqualTo("run_id,point,replication,seed,trust_initial,firms_opportunity_rate,"
                + "innovations_total,cooperation_rate_average");
        assertThat(runs).hasSize(1 + 64);
        // run 5 = point 2, replication 1, seed = scenario seed 1 + 1
        assertThat(runs.get(6)).startsWith("5,2,1,2,");
        List<String> points = Files.readAllLines(one.resolve("points.csv"));
        assertThat(points).hasSize(1 + 32);
        assertThat(points.get(1)).startsWith("0,A,");
        assertThat(points.get(9)).startsWith("8,B,");
        assertThat(points.get(17)).startsWith("16,AB_trust.initial,");
        List<String> sens = Files.readAllLines(one.resolve("sensitivity.csv"));
        assertThat(sens).hasSize(1 + 2 * 2 * 2);
        assertThat(sens.get(1)).startsWith("innovations_total,trust.initial,first_order,");
        // base rows 0 and 1 have A = B (the Sobol sequence starts with all zeros, then all halves):
        // 6 of the 8 rows are used
        assertThat(sens.stream().skip(1).map(l -> l.split(",")[6])).containsOnly("6");
        // running the same command again is a no-op that reproduces the same files
        assertThat(sweep(exp, one, 2)).isZero();
        assertSameFinalFiles(one, three);
        try (var s = Files.list(one)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** sensitivity.csv puts each index under its own label: first-order and total are not swapped. */
    @Test
    void sensitivityRowsCarryTheIndexTheirLabelNames() throws Exception {
        org.regiosim.experiment.ExperimentSpec spec = org.regiosim.experiment.ExperimentLoader.load(sobol(3, 8));
        org.regiosim.experiment.Sweep sw = new org.regiosim.experiment.Sweep(spec);
        int k = spec.design().factors().size();
        List<List<org.regiosim.experiment.SobolAnalysis.Result>> indices = new java.util.ArrayList<>();
        for (int o = 0; o < spec.outputs().size(); o++) {
            List<org.regiosim.experiment.SobolAnalysis.Result> rs = new java.util.ArrayList<>();
            for (int f = 0; f < k; f++) {
                // distinct made-up values: first order 0.1 + f/100 + o/10, total 0.5 + the same
                double v = f / 100.0 + o / 10.0;
                rs.add(new org.regiosim.experiment.SobolAnalysis.Result(f,
                        new org.regiosim.experiment.SobolAnalysis.Index(0.1 + v, 0.05 + v, 0.15 + v),
                        new org.regiosim.experiment.SobolAnalysis.Index(0.5 + v, 0.45 + v, 0.55 + v)));
            }
            indices.add(rs);
        }
        double[][] means = new double[spec.design().size()][spec.outputs().size()];
        for (int p = 0; p < means.length; p++) {
            for (int o = 0; o < means[p].length; o++) {
                means[p][o] = p + o;
            }
        }
        Path out = tmp.resolve("sens.csv");
        int[] used = new int[spec.outputs().size()];
        for (int o = 0; o < used.length; o++) {
            used[o] = sw.baseRowsUsed(means, o);
        }
        org.regiosim.output.SweepTables.writeSensitivity(out, sw, indices, used);
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(1 + spec.outputs().size() * k * 2);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            assertThat(c[2]).isIn("first_order", "total");
            assertThat(seen.add(c[0] + "/" + c[1] + "/" + c[2])).as("each output, parameter and index once").isTrue();
            int o = spec.outputs().stream().map(x -> x.column()).toList().indexOf(c[0]);
            int f = spec.design().factors().stream().map(x -> x.key()).toList().indexOf(c[1]);
            double v = f / 100.0 + o / 10.0;
            double base = c[2].equals("first_order") ? 0.1 : 0.5;
            assertThat(Double.parseDouble(c[3])).as(row).isCloseTo(base + v, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Double.parseDouble(c[4])).as(row).isCloseTo(base - 0.05 + v, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(Double.parseDouble(c[5])).as(row).isCloseTo(base + 0.05 + v, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    /** points.csv's means are those of runs.csv's values as written (before, 3 of 60 differed in the 10th digit). */
    @Test
    void pointMeansRecomputeFromRunsCsv() throws Exception {
        Path f = tmp.resolve("lhs.yaml");
        Files.writeString(f, "scenario: " + BASE + "\n" + """
                set: {scale: 0.01, steps: 8}
                replications: 3
                design: {type: latin_hypercube, samples: 30}
                parameters:
                  trust.initial: {min: 0.1, max: 0.9}
                metrics:
                  mean_trust: average
                """);
        Path out = tmp.resolve("lhs");
        assertThat(sweep(f, out, 2)).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        double[] sums = new double[30];
        for (String line : runs.subList(1, runs.size())) {
            String[] c = line.split(",");
            sums[Integer.parseInt(c[1])] += Double.parseDouble(c[5]);
        }
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        for (int p = 0; p < 30; p++) {
            String[] c = points.get(1 + p).split(",");
            assertThat(c[4]).as("point %d", p).isEqualTo(org.regiosim.output.Numbers.format(sums[p] / 3));
        }
    }

    @Test
    void fullFactorialWithAPolicyListQuotesMixesAndWritesNoSensitivity() throws Exception {
        Path f = tmp.resolve("grid.yaml");
        Files.writeString(f, "scenario: " + BASE + "\n" + """
                set: {scale: 0.01, steps: 3}
                replications: 2
                design: {type: full_factorial}
                parameters:
                  policy: [none, "brokerage=0.5,cofunding=0.5"]
                  firms.project_duration: {min: 2, max: 3, levels: 2}
                metrics:
                  innovations: total
                  mean_trust: final
                """);
        Path out = tmp.resolve("grid");
        assertThat(sweep(f, out, 2)).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(runs.get(0)).isEqualTo("run_id,point,replication,seed,policy,firms_project_duration,innovations_total,"
                + "mean_trust_final");
        assertThat(runs).hasSize(1 + 4 * 2);
        assertThat(runs.get(5)).startsWith("4,2,0,1,\"brokerage=0.5,cofunding=0.5\",2,");
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertThat(points.get(1)).startsWith("0,NA,none,2,2,");
        assertThat(out.resolve("sensitivity.csv")).doesNotExist();
    }

    @Test
    void resumesAfterAJournalCutMidLine() throws Exception {
        Path exp = sobol(4, 8);
        Path full = tmp.resolve("full");
        Path cut = tmp.resolve("cut");
        assertThat(sweep(exp, full, 2)).isZero();
        assertThat(sweep(exp, cut, 2)).isZero();
        // simulate a crash: keep the header and about 20 runs, then half a line
        Path journal = cut.resolve("journal.csv");
        List<String> lines = Files.readAllLines(journal);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 20; i++) {
            sb.append(lines.get(i)).append('\n');
        }
        String half = lines.get(21).substring(0, lines.get(21).length() / 2);
        sb.append(half);
        Files.writeString(journal, sb.toString());
        for (String f : FINAL_FILES) {
            Files.delete(cut.resolve(f));
        }
        assertThat(sweep(exp, cut, 3)).isZero();
        assertSameFinalFiles(full, cut);
        assertThat(journalRuns(cut)).isEqualTo(64);
        // the half line was cut off, not glued to the next entry
        assertThat(Files.readAllLines(journal)).doesNotContain(half).allMatch(l -> l.startsWith("#") || l.contains("*"));
    }

    @Test
    void aCorruptedLineIsIgnoredAndRedone() throws Exception {
        Path exp = sobol(4, 8);
        Path full = tmp.resolve("full");
        Path bad = tmp.resolve("bad");
        assertThat(sweep(exp, full, 2)).isZero();
        assertThat(sweep(exp, bad, 2)).isZero();
        Path journal = bad.resolve("journal.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        // flip a digit in a value: the CRC no longer matches
        String l = lines.get(5);
        int comma = l.lastIndexOf(',');
        char c = l.charAt(comma + 1);
        lines.set(5, l.substring(0, comma + 1) + (c == '9' ? '8' : (char) (c + 1)) + l.substring(comma + 2));
        Files.write(journal, lines);
        assertThat(sweep(exp, bad, 1)).isZero();
        assertSameFinalFiles(full, bad);
    }

    @Test
    void aJournalOfAnotherExperimentIsNotContinued() throws Exception {
        Path dir = tmp.resolve("d");
        assertThat(sweep(sobol(4, 8), dir, 2)).isZero();
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(sweep(sobol(5, 8), dir, 2)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("different experiment").contains("--out");
    }

    @Test
    void aSecondSweepOnTheSameDirectoryIsRefusedWhileTheFirstRuns() throws Exception {
        Path exp = sobol(4, 8);
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        org.regiosim.experiment.Sweep s = new org.regiosim.experiment.Sweep(
                org.regiosim.experiment.ExperimentLoader.load(exp));
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (var held = org.regiosim.experiment.Journal.open(dir.resolve("journal.csv"), "sweep",
                s.fingerprint(org.regiosim.output.Provenance.toolVersion()))) {
            assertThat(sweep(exp, dir, 1)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use by another sweep");
        assertThat(sweep(exp, dir, 2)).isZero(); // once released, it runs
    }

    @Test
    void badExperimentFileExitsWithTwo() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "scenario: " + BASE + "\ndesign: {type: sobol, samples: 8}\nparameters:\n  trust.initial: [0.1, 7]\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(sweep(f, tmp.resolve("o"), 1)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.yaml line 4").contains("trust.initial")
                .contains("out of range");
        assertThat(tmp.resolve("o").resolve("runs.csv")).doesNotExist();
    }

    @Test
    void resumesAfterTheSweepProcessIsKilled() throws Exception {
        Path exp = sobol(24, 16); // 16 x 4 x 2 = 128 runs of 24 quarters
        Path full = tmp.resolve("uninterrupted");
        assertThat(sweep(exp, full, 2)).isZero();

        Path killed = tmp.resolve("killed");
        Process child = ChildJvm.start(tmp.resolve("child.log"),
                List.of("sweep", exp.toString(), "--out", killed.toString(), "--threads", "1", "--quiet"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (journalRuns(killed) < 10 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("the child must still be running when it is killed; log: "
                + Files.readString(tmp.resolve("child.log"))).isTrue();
        // while it runs, a second sweep (another process) on the same directory is refused
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(sweep(exp, killed, 1)).isEqualTo(2);
        } finally {
            System.setErr(oldErr);
        }
        assertThat(child.isAlive()).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        child.waitFor(30, TimeUnit.SECONDS);
        long before = journalRuns(killed);
        assertThat(before).isBetween(10L, 127L);
        // runs whose line is complete (the kill may have torn the last one)
        String journalText = Files.readString(killed.resolve("journal.csv"));
        long whole = journalText.chars().filter(c -> c == '\n').count() - 1;
        assertThat(killed.resolve("runs.csv")).doesNotExist();

        assertThat(sweep(exp, killed, 2)).isZero();
        assertSameFinalFiles(full, killed);
        assertThat(journalRuns(killed)).isEqualTo(128);
        assertThat(Files.readString(killed.resolve("metadata.json")))
                .contains("\"runs_done_before_this_invocation\" : " + whole)
                .contains("\"runs_done_in_this_invocation\" : " + (128 - whole));
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsOneMessageBeforeAnyRun() throws Exception {
        Path exp = sobol(4, 8);
        Path out = tmp.resolve("blocked");
        Files.createDirectories(out.resolve("runs.csv"));
        String err = Stderr.of(() -> assertThat(sweep(exp, out, 1)).isEqualTo(2));
        assertThat(err).contains("--out " + out + ": cannot write " + out.resolve("runs.csv") + " (it is a directory)")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(journalRuns(out)).isZero();
        assertThat(ChildJvm.temporaryFiles(out)).isEmpty();
    }
}
