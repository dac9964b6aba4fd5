package org.regiosim.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what the CLI prints to standard error while some commands run (their messages are the point of many tests). */
final class Stderr {

    /** Something that runs commands and may check their exit codes. */
    @FunctionalInterface
    interface Commands {
        void run() throws Exception;
    }

    private Stderr() {
    }

    static String of(Commands commands) throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            commands.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
