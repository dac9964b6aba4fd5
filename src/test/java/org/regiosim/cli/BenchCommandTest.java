package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertThat(scales.get(1)).startsWith("0.01,");
        List<String> throughput = Files.readAllLines(out.resolve("throughput.csv"));
        assertThat(throughput.get(0)).isEqualTo("threads,replications,scale,round,seconds,replications_per_minute");
        assertThat(throughput.subList(1, throughput.size())).hasSize(2)
                .allMatch(l -> l.matches("[12],2,0\\.01,1,[0-9.]+,[0-9.]+"));
        List<String> memory = Files.readAllLines(out.resolve("memory.csv"));
        assertThat(memory).hasSize(2);
        assertThat(memory.get(1)).startsWith("1,");
        assertThat(Files.readString(out.resolve("metadata.json"))).contains("\"garbage_collector\"")
                .contains("\"memory_latency\"");
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
    }
}
