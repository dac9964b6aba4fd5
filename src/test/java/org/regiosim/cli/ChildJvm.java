package org.regiosim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs a regiosim command in a child JVM, so that a test can interrupt it (SIGTERM) or kill it (SIGKILL). */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Path log, List<String> args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The command line of {@code regiosim args} in a JVM like this one. */
    static List<String> command(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "org.regiosim.cli.Main"));
        command.addAll(args);
        return command;
    }

    /** Our temporary files and staging directories anywhere under {@code dir}, relative to it. */
    static List<String> temporaryFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).filter(n -> n.endsWith(".part") || n.contains(".part/"))
                    .toList();
        }
    }
}
