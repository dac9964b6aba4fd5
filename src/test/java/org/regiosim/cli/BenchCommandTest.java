package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesOneTidyTablePerMeasurement() throws Exception {
        Path out = tmp.resolve("bench");
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("bench", "--scales", "0.01,0.02", "--steps", "4", "--repeats", "1",
                    "--replications", "2", "--throughput-scale", "0.01", "--memory-mib", "1", "--out", out.toString()))
                    .isZero();
        } finally {
            System.setOut(oldOut);
        }
        List<String> scales = Files.readAllLines(out.resolve("scales.csv"));
        assertThat(scales.get(0)).startsWith("scale,agents,steps,build_seconds,wall_seconds,agent_steps_per_second,");
        assertThat(scales).hasSize(3);
        assertThat(scales.get(0)).contains(",interaction_floor_seconds,model_interaction_floor_ratio,")
                .endsWith(",peak_heap_mib,allocated_mib");
        // A run allocates (firms, kenes, ledgers): a positive number of MiB, not NA (unknown).
        assertThat(Double.parseDouble(scales.get(1).substring(scales.get(1).lastIndexOf(',') + 1))).isPositive();
        assertThat(scales.get(1)).startsWith("0.01,");
        List<String> throughput = Files.readAllLines(out.resolve("throughput.csv"));
        assertThat(throughput.get(0)).isEqualTo("workload,threads,replications,scale,round,seconds,replications_per_minute");
        assertThat(throughput.subList(1, throughput.size())).hasSize(4)
                .allMatch(l -> l.matches("(model|interaction_floor),[12],2,0\\.01,1,[0-9.]+,[0-9.]+"))
                .anyMatch(l -> l.startsWith("model,2,")).anyMatch(l -> l.startsWith("interaction_floor,2,"));
        List<String> memory = Files.readAllLines(out.resolve("memory.csv"));
        assertThat(memory).hasSize(2);
        assertThat(memory.get(1)).startsWith("1,");
        assertThat(Files.readString(out.resolve("metadata.json"))).contains("\"garbage_collector\"")
                .contains("\"memory_latency\"")
                .contains("\"wall_seconds\"").contains("\"allocated_mib\"").doesNotContain("wallSeconds");

        // Again without the probe: the earlier probe's table does not stay beside the new tables.
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("bench", "--scales", "0.01", "--steps", "2", "--repeats", "1", "--replications", "1",
                    "--threads", "1", "--throughput-scale", "0.01", "--no-memory-probe", "--out", out.toString())).isZero();
        } finally {
            System.setOut(oldOut);
        }
        assertThat(out.resolve("memory.csv")).doesNotExist();
        assertThat(Files.readAllLines(out.resolve("scales.csv"))).hasSize(2);
    }

    @Test
    void badSizesExitWithTwo() throws Exception {
        String err = Stderr.of(() -> {
            assertThat(Main.execute("bench", "--memory-mib", "0", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(Main.execute("bench", "--scales", "9", "--out", tmp.resolve("x").toString())).isEqualTo(2);
        });
        assertThat(err).contains("--memory-mib").contains("scale");
        // Each option's bad value under its own name (not as '--set scale=0.0'), and no stack trace.
        String named = Stderr.of(() -> {
            assertThat(Main.execute("bench", "--scales", "0", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(Main.execute("bench", "--throughput-scale", "0", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(Main.execute("bench", "--steps", "5000", "--out", tmp.resolve("x").toString())).isEqualTo(2);
        });
        assertThat(named).contains("regiosim: --scales 0: value 0 is out of range; expected a number from 0.0005 to 4")
                .contains("regiosim: --throughput-scale 0: value 0 is out of range")
                .contains("regiosim: --steps 5000: value 5000 is out of range")
                .doesNotContain("--set").doesNotContain("Exception");
        // Numbers are read as in scenarios: no Java suffixes, hexadecimal or Infinity.
        String plain = Stderr.of(() -> {
            assertThat(Main.execute("bench", "--scales", "0.1d", "--out", tmp.resolve("x").toString())).isEqualTo(2);
            assertThat(Main.execute("bench", "--throughput-scale", "Infinity", "--out", tmp.resolve("x").toString()))
                    .isEqualTo(2);
        });
        assertThat(plain).contains("'--scales' (S): '0.1d' is not a number (write numbers in plain decimal")
                .contains("'--throughput-scale': 'Infinity' is not a number").doesNotContain("Usage:");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void everyOptionIsCheckedBeforeAnythingIsMeasured() throws Exception {
        Path out = tmp.resolve("bench");
        List<List<String>> bad = List.of(
                List.of("--throughput-scale", "0", "--throughput-scale 0: value 0 is out of range; expected a number from 0.0005 to 4"),
                List.of("--throughput-scale", "5", "--throughput-scale 5: value 5 is out of range; expected a number from 0.0005 to 4"),
                List.of("--seed", "-1", "--seed -1: value -1 is out of range; expected a whole number from 0 to "),
                List.of("--seed", "99999999999999999", "--seed 99999999999999999: value 99999999999999999 is out of range"),
                List.of("--seed", "8999999999999999", "--seed 8999999999999999: expected a whole number from 0 to "
                        + "8999999999999000 (the JIT warm-up runs use seed + 1000)"),
                List.of("--steps", "5000", "--steps 5000: value 5000 is out of range; expected a whole number from 1 to 4000"),
                List.of("--replications", "0", "--replications 0: expected a whole number from 1 to"),
                List.of("--threads", "1,0", "--threads 0: expected a whole number from 1 to 1024"));
        PrintStream oldOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            for (List<String> b : bad) {
                // small and quick but for the one bad value: the old code measured the scales first
                Map<String, String> options = new LinkedHashMap<>(Map.of("--scales", "0.01", "--steps", "4",
                        "--repeats", "1", "--replications", "2", "--throughput-scale", "0.01", "--out", out.toString()));
                options.put(b.get(0), b.get(1));
                List<String> args = new ArrayList<>(List.of("bench", "--no-memory-probe"));
                options.forEach((k, v) -> args.add(k + "=" + v));
                String err = Stderr.of(() -> assertThat(Main.execute(args.toArray(new String[0])))
                        .as(b.get(0) + " " + b.get(1)).isEqualTo(2));
                assertThat(err).as(b.get(0) + " " + b.get(1)).contains(b.get(2)).doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
        } finally {
            System.setOut(oldOut);
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).as("nothing measured").isEmpty();
        assertThat(out.resolve("scales.csv")).doesNotExist();
    }
}
