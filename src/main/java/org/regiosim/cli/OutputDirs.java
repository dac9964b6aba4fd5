package org.regiosim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.regiosim.scenario.InputException;

/** Output directory checks, reported as input errors rather than stack traces. */
final class OutputDirs {

    private OutputDirs() {
    }

    static void prepare(Path dir) throws InputException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out " + dir + ": exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException("--out " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new InputException("--out " + dir + ": directory is not writable");
        }
    }
}
