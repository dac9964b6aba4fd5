package org.regiosim.cli;

import java.nio.file.Path;

/**
 * Tells the user, when Ctrl-C or SIGTERM ends a command that keeps a journal (compare, sweep),
 * that nothing finished is lost and how to go on: the exit alone (130) says nothing of that.
 */
final class ResumeHint implements AutoCloseable {

    private final Thread hook;
    private volatile boolean over;

    ResumeHint(String command, Path journal) {
        hook = new Thread(() -> {
            if (!over) {
                System.err.println();
                System.err.println("regiosim " + command + ": interrupted; the runs finished so far are kept in " + journal
                        + ", and the same command continues from them");
                System.err.flush();
            }
        }, "regiosim-resume-hint");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The command ended (finished or failed) by itself: no hint. */
    @Override
    public void close() {
        over = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the JVM is already shutting down; 'over' keeps the hook quiet
        }
    }
}
