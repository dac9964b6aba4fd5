package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class CompareCommandTest {

    @TempDir
    Path tmp;

    static int run(String... args) {
        return Main.execute(args);
    }

    static String[] args(Path out, String threads) {
        return new String[] {"compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage,trust_building",
            "--replications", "3", "--set", "scale=0.01", "--steps", "6", "--threads", threads, "--quiet",
            "--out", out.toString()};
    }

    @Test
    void writesAllFilesAndTheyDoNotDependOnThreads() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(run(args(one, "1"))).isZero();
        assertThat(run(args(two, "2"))).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "tests.csv", "charts/transaction_costs.png",
                "charts/innovations.png", "charts/cooperation_rate.png")) {
            assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertThat(runs.get(0)).startsWith("run_id,arm,scenario,policy,replication,seed,step,transaction_costs,");
        assertThat(runs).hasSize(1 + 3 * 3 * 6);
        // run 4 = arm 1 (brokerage), replication 1, seed 1 + 1
        assertThat(runs).anyMatch(l -> l.startsWith("4,brokerage,ruhr-baseline,brokerage,1,2,0,"));
        List<String> summary = Files.readAllLines(one.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("arm,scenario,policy,metric,measure,unit,n,n_missing,mean,sd,ci95_low,"
                + "ci95_high,median,q1,q3,min,max");
        assertThat(summary).anyMatch(l -> l.startsWith("none,ruhr-baseline,none,innovations,total,innovations over the run,3,0,"));
        List<String> tests = Files.readAllLines(one.resolve("tests.csv"));
        assertThat(tests.get(0)).contains("welch_p_holm").contains("mann_whitney_p_holm").contains("hedges_g");
        assertThat(tests.stream().skip(1)).allMatch(l -> l.startsWith("brokerage,none,") || l.startsWith("trust_building,none,"));
        String html = Files.readString(one.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("data:image/png;base64,").doesNotContain("src=\"http").contains("Provenance")
                .contains("trust_building")
                .contains("<b>Below full scale</b> (smallest scale here 0.01): the 53 municipalities")
                .containsPattern("Who bears the change: the municipalities&#39; part \\(municipal_transaction_costs\\) changed by "
                        + "[-+]?[0-9][0-9.,]*( million)? EUR, what the agency paid of them \\(agency_spending_on_transaction_costs: "
                        + "brokerage fees, co-funded negotiation\\) by [-+]?[0-9][0-9.,]*( million)? EUR, the firms&#39; and "
                        + "universities&#39; own by [-+]?[0-9][0-9.,]*( million)? EUR\\.");
        String meta = Files.readString(one.resolve("metadata.json"));
        assertThat(meta).contains("\"seeds\" : [ 1, 2, 3 ]").contains("\"baseline_arm\" : \"none\"");
        try (var s = Files.list(one)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void badInputExitsWithTwoAndOneClearMessage() {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokrage",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("brokrage").contains("did you mean 'brokerage'");
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--replications", "0",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,none",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(run("compare", "scenarios/nope.yaml", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--set", "scale=9",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--steps", "0",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("regiosim: --steps 0: value 0 is out of range")
                    .doesNotContain("--set steps");
            assertThat(run("compare", "scenarios/ruhr-mixed.yaml", "--policies", "none,brokerage",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("ruhr-mixed.yaml").contains("policy_changes")
                    .contains("--set policy_changes=");
            err.reset();
            // a seed too high for the replications is named where it was given, not as --seed
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--set", "seed=9000000000000000", "--replications", "3",
                    "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--set seed=9000000000000000:")
                    .contains("at most 8999999999999998").doesNotContain("--seed 9");
            err.reset();
            // a schedule given with --set is named as such, not as the file's
            assertThat(run("compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage",
                    "--set", "policy_changes=8:brokerage", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--set policy_changes=8:brokerage schedules")
                    .doesNotContain("ruhr-baseline.yaml schedules");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(tmp.resolve("x").resolve("runs.csv")).doesNotExist();
    }

    /** A scenario file NAME.yaml in the test's folder with these lines, on the shipped region data. */
    private Path scenarioFile(String name, String lines) throws Exception {
        Path data = Path.of("scenarios/data").toAbsolutePath();
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\n" + lines + "data:\n  municipalities: "
                + data.resolve("ruhr-municipalities.csv") + "\n  universities: " + data.resolve("ruhr-universities.csv") + "\n");
        return f;
    }

    @Test
    void severalScenarioFilesAreArmsNamedAfterTheirScenarios() throws Exception {
        scenarioFile("alpha", "scale: 0.01\nsteps: 3\n");
        scenarioFile("beta", "scale: 0.01\nsteps: 3\ntrust: {initial: 0.5}\n");
        Path out = tmp.resolve("ab");
        assertThat(run("compare", tmp.resolve("alpha.yaml").toString(), tmp.resolve("beta.yaml").toString(),
                "--policies", "none,brokerage=0.5,cofunding=0.5", "--replications", "2", "--quiet", "--out",
                out.toString())).isZero();
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        // arms: alpha/none, alpha/mix, beta/none, beta/mix; run 6 = arm 3, replication 0
        assertThat(runs).anyMatch(l -> l.startsWith("6,\"beta/brokerage=0.5,cofunding=0.5\",beta,\"brokerage=0.5,cofunding=0.5\",0,1,0,"));
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("differs from the baseline in trust.initial=0.5");
    }

    @Test
    void anArmThatSwitchesPolicyIsRecordedWithItsSwitches() throws Exception {
        scenarioFile("plain", "scale: 0.01\nsteps: 4\n");
        scenarioFile("late", "scale: 0.01\nsteps: 4\npolicy_changes: '2:brokerage'\n");
        Path out = tmp.resolve("late-out");
        assertThat(run("compare", tmp.resolve("plain.yaml").toString(), tmp.resolve("late.yaml").toString(),
                "--replications", "2", "--quiet", "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out.resolve("runs.csv")))
                .anyMatch(l -> l.startsWith("0,plain,plain,none,0,"))
                .anyMatch(l -> l.startsWith("2,late,late,none then 2:brokerage,0,"));
        assertThat(Files.readString(out.resolve("summary.csv"))).contains("late,late,none then 2:brokerage,");
    }

    @Test
    void anInterruptedComparisonLeavesNoHalfWrittenFileAndContinuesWhereItStopped() throws Exception {
        Path out = tmp.resolve("stopped");
        String[] command = {"compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage",
            "--replications", "400", "--set", "scale=0.01", "--steps", "20", "--threads", "1", "--quiet",
            "--out", out.toString()};
        Process child = ChildJvm.start(tmp.resolve("log"), List.of(command));
        Path journal = out.resolve("journal.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive() && journalLines(journal) < 20) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("still running when interrupted").isTrue();
        child.destroy(); // SIGTERM, as Ctrl-C: shutdown hooks run
        child.waitFor(30, TimeUnit.SECONDS);
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("journal.csv", "journal.csv.lock");
        }
        long finished = journalLines(journal) - 1;
        assertThat(finished).as("runs journaled before the interruption").isBetween(19L, 799L);
        assertThat(Files.readString(tmp.resolve("log"))).as("what the user is told")
                .contains("regiosim compare: interrupted; the runs finished so far are kept in " + journal)
                .contains("the same command continues from them");

        // The same command again takes the journaled runs and runs the rest; the result is that of
        // a comparison that was never interrupted.
        assertThat(run(command)).isZero();
        Path whole = tmp.resolve("whole");
        String[] uninterrupted = command.clone();
        uninterrupted[uninterrupted.length - 1] = whole.toString();
        assertThat(run(uninterrupted)).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "tests.csv", "journal.csv", "charts/innovations.png")) {
            assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(Files.readString(out.resolve("metadata.json"))).contains("\"runs_from_journal\" : " + finished);
    }

    @Test
    void aJournalCutShortIsContinuedAndAnotherComparisonsJournalIsRefused() throws Exception {
        Path whole = tmp.resolve("whole");
        assertThat(run(args(whole, "2"))).isZero();
        List<String> lines = Files.readAllLines(whole.resolve("journal.csv"));
        assertThat(lines).hasSize(1 + 3 * 3);

        // A crash in the middle of writing run 4: runs 0 to 3 are kept, the torn line is dropped.
        Path torn = tmp.resolve("torn");
        Files.createDirectories(torn);
        String kept = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, lines.get(5).length() / 2);
        Files.writeString(torn.resolve("journal.csv"), kept);
        assertThat(run(args(torn, "2"))).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "tests.csv", "journal.csv")) {
            assertThat(Files.readAllBytes(torn.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(Files.readString(torn.resolve("metadata.json"))).contains("\"runs_from_journal\" : 4");

        // A line damaged in the middle (run 2, one digit changed): runs 0 and 1 are taken, the
        // journal is cut after them and the rest is run again, once; a further resume runs nothing.
        Path damaged = tmp.resolve("damaged");
        Files.createDirectories(damaged);
        List<String> rotten = new java.util.ArrayList<>(lines);
        String run2 = rotten.get(3);
        int digit = run2.indexOf(',', run2.indexOf(',') + 1) + 1;
        rotten.set(3, run2.substring(0, digit) + (run2.charAt(digit) == '9' ? '8' : '9') + run2.substring(digit + 1));
        Files.writeString(damaged.resolve("journal.csv"), String.join("\n", rotten) + "\n");
        assertThat(run(args(damaged, "2"))).isZero();
        for (String f : List.of("runs.csv", "summary.csv", "tests.csv", "journal.csv")) {
            assertThat(Files.readAllBytes(damaged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
        assertThat(Files.readString(damaged.resolve("metadata.json"))).contains("\"runs_from_journal\" : 2");
        assertThat(run(args(damaged, "2"))).isZero();
        assertThat(Files.readString(damaged.resolve("metadata.json"))).contains("\"runs_from_journal\" : 9");
        assertThat(Files.readAllBytes(damaged.resolve("journal.csv"))).isEqualTo(Files.readAllBytes(whole.resolve("journal.csv")));

        // Other replications: another comparison, whose journal must not be mixed in.
        String[] other = args(whole, "2");
        other[5] = "4"; // --replications
        assertThat(Stderr.of(() -> assertThat(run(other)).isEqualTo(2)))
                .contains("--out " + whole).contains("different experiment");
        assertThat(Files.readAllLines(whole.resolve("journal.csv"))).isEqualTo(lines);

        // A sweep's directory is not taken for a comparison's.
        Path sweepDir = tmp.resolve("sweep");
        Files.createDirectories(sweepDir);
        Files.writeString(sweepDir.resolve("journal.csv"), "# regiosim sweep journal v1 0123abcd\n");
        assertThat(Stderr.of(() -> assertThat(run(args(sweepDir, "1"))).isEqualTo(2)))
                .contains("journal of a sweep, not of a compare");
    }

    private static long journalLines(Path journal) throws java.io.IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        try (var l = Files.lines(journal)) {
            return l.count();
        }
    }

    @Test
    void policiesSplitIntoArmsAndMixes() throws Exception {
        assertThat(CompareCommand.splitPolicies("none,brokerage,cofunding")).containsExactly("none", "brokerage", "cofunding");
        assertThat(CompareCommand.splitPolicies("none,brokerage=0.5,cofunding=0.5,platform"))
                .containsExactly("none", "brokerage=0.5,cofunding=0.5", "platform");
        assertThat(CompareCommand.splitPolicies("none;brokerage,cofunding")).containsExactly("none", "brokerage,cofunding");
    }

    /** A comparison's result: its tables and charts by content, metadata.json by its base seed. */
    private static Map<String, String> result(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String f : List.of("runs.csv", "summary.csv", "tests.csv", "charts/transaction_costs.png",
                "charts/innovations.png", "charts/cooperation_rate.png", "metadata.json")) {
            Path p = out.resolve(f);
            if (!Files.exists(p)) {
                files.put(f, "missing");
            } else if (f.equals("metadata.json")) {
                files.put(f, "base seed " + new ObjectMapper().readTree(p.toFile()).get("base_seed").asLong());
            } else {
                files.put(f, Arrays.hashCode(Files.readAllBytes(p)) + "/" + Files.size(p));
            }
        }
        return files;
    }

    @Test
    void anInterruptedComparisonReplacesTheEarlierResultWholeOrNotAtAll() throws Exception {
        Path out = tmp.resolve("out");
        Path second = tmp.resolve("second");
        String[] first = args(out, "2");
        assertThat(run(first)).isZero();
        String[] other = args(second, "2");
        other = Arrays.copyOf(other, other.length + 2);
        other[other.length - 2] = "--seed";
        other[other.length - 1] = "7";
        assertThat(run(other)).isZero();
        Map<String, String> seed1 = result(out);
        Map<String, String> seed7 = result(second);
        assertThat(seed1.get("metadata.json")).isEqualTo("base seed 1");
        assertThat(seed7.get("metadata.json")).isEqualTo("base seed 7");

        // Another comparison into the same directory (its journal removed), interrupted the moment
        // the first of its files appears: the old code had by then replaced runs.csv, not yet the rest.
        Files.delete(out.resolve("journal.csv"));
        other[other.length - 3] = out.toString(); // --out
        Process child = ChildJvm.start(tmp.resolve("child.log"), List.of(other));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && result(out).equals(seed1) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        child.destroy(); // SIGTERM, as Ctrl-C
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(result(out)).isIn(seed1, seed7);
        assertThat(ChildJvm.temporaryFiles(out)).isEmpty();
    }

    @Test
    void aKilledComparisonLeavesNoTemporaryFileOnceResumed() throws Exception {
        Path out = tmp.resolve("killed");
        String[] command = {"compare", "scenarios/ruhr-baseline.yaml", "--policies", "none,brokerage",
            "--replications", "200", "--set", "scale=0.01", "--steps", "12", "--threads", "1", "--quiet",
            "--out", out.toString()};
        Process child = ChildJvm.start(tmp.resolve("child.log"), List.of(command));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive() && journalLines(out.resolve("journal.csv")) < 10) {
            Thread.sleep(10);
        }
        assertThat(child.isAlive()).as("still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ChildJvm.temporaryFiles(out)).as("what the kill left").isNotEmpty();

        assertThat(run(command)).isZero();
        assertThat(ChildJvm.temporaryFiles(out)).isEmpty();
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 2 * 200 * 12);
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsOneMessageBeforeAnyRun() throws Exception {
        Path out = tmp.resolve("blocked");
        Files.createDirectories(out.resolve("journal.csv"));
        String err = Stderr.of(() -> assertThat(run(args(out, "1"))).isEqualTo(2));
        assertThat(err).contains("--out " + out + ": cannot write " + out.resolve("journal.csv") + " (it is a directory)")
                .doesNotContain("Exception").doesNotContain("\tat ");

        Path done = tmp.resolve("done");
        assertThat(run(args(done, "1"))).isZero();
        Map<String, String> before = result(done);
        Path charts = done.resolve("charts");
        Files.move(charts, tmp.resolve("charts-kept"));
        Files.writeString(charts, "a file");
        err = Stderr.of(() -> assertThat(run(args(done, "1"))).isEqualTo(2));
        assertThat(err).contains("cannot write " + charts + " (it is a file").doesNotContain("Exception");
        Files.delete(charts);
        Files.move(tmp.resolve("charts-kept"), charts);
        assertThat(result(done)).isEqualTo(before);
    }
}
