package org.regiosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Metric;

/** The documentation describes what the code does: parameters, columns, shipped scenarios. */
class DocsConsistencyTest {

    @Test
    void scenarioReadmeHasTheGeneratedParameterTable() throws IOException {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        String table = capture("params", "--markdown");
        for (String line : table.split("\n")) {
            assertThat(readme).as("scenarios/README.md is regenerated with 'regiosim params --markdown'").contains(line);
        }
    }

    @Test
    void oddDefinesEveryOutputColumn() throws IOException {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        for (Metric m : Metric.values()) {
            assertThat(odd).contains("| `" + m.column() + "` | " + m.unit() + " | " + m.definition() + " |");
        }
    }

    @Test
    void everyShippedScenarioIsDescribed() throws IOException {
        String readme = Files.readString(Path.of("scenarios/README.md"));
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            files.filter(p -> p.toString().endsWith(".yaml"))
                    .forEach(p -> assertThat(readme).contains("`" + p.getFileName() + "`"));
        }
    }

    private static String capture(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
