package org.regiosim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

import org.regiosim.output.AtomicFiles;
import org.regiosim.output.OutputSet;
import org.regiosim.scenario.InputException;

/** Output directory checks, reported as input errors rather than stack traces. */
final class OutputDirs {

    /** The journal of a comparison or a sweep (their resume state). */
    static final String JOURNAL = "journal.csv";

    private OutputDirs() {
    }

    /**
     * Creates the directory if needed, checks that it can be written, and removes our temporary
     * files that a killed command left in it and in its {@code charts/} (only names of our
     * temporary pattern whose process is gone: {@link AtomicFiles#removeStale}).
     */
    static void prepare(Path dir) throws InputException {
        prepare("--out", dir);
    }

    /** {@link #prepare(Path)} for a directory given by another option, named in the messages. */
    static void prepare(String option, Path dir) throws InputException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(option + " " + dir + ": exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(option + " " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new InputException(option + " " + dir + ": directory is not writable");
        }
        AtomicFiles.removeStale(dir);
        AtomicFiles.removeStale(dir.resolve("charts"));
    }

    /** {@link #prepare}, then checks that each of {@code files} (relative to the directory) can be written. */
    static void prepare(Path dir, Collection<String> files) throws InputException {
        prepare(dir);
        try {
            OutputSet.checkReplaceable(dir, files);
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }

    /**
     * Refuses to write a single run into the directory of a comparison or a sweep: the run's
     * metadata.json and charts would replace theirs (even while they are running).
     */
    static void refuseExperimentDirectory(Path dir) throws InputException {
        refuseExperimentDirectory(dir, "a run", "run");
    }

    /**
     * As {@link #refuseExperimentDirectory(Path)}, for another command's result ({@code what},
     * e.g. "a benchmark"; {@code subfolder} the folder it suggests inside it): a new result would
     * replace the comparison's or sweep's files, which its journal alone does not bring back.
     */
    static void refuseExperimentDirectory(Path dir, String what, String subfolder) throws InputException {
        Path journal = dir.resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        String kind = "comparison or sweep";
        try (BufferedReader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first != null && first.startsWith("# regiosim compare ")) {
                kind = "comparison";
            } else if (first != null && first.startsWith("# regiosim sweep ")) {
                kind = "sweep";
            }
        } catch (IOException | RuntimeException e) {
            // the generic name will do
        }
        throw new InputException("--out " + dir + ": holds the results of a " + kind + " (" + JOURNAL + "); " + what
                + " would replace its files. Use another --out, e.g. --out " + dir.resolve(subfolder));
    }

    /** A failure to write into the output directory, as one clear message (exit code 2). */
    static InputException cannotWrite(Path dir, IOException e) {
        String what;
        String why;
        if (e instanceof FileSystemException f && f.getFile() != null) {
            what = OutputSet.shown(f.getFile());
            why = f.getReason();
            if (why == null) {
                why = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof NoSuchFileException ? "no such file or directory"
                        : e.getClass().getSimpleName();
            }
            if (f.getOtherFile() != null && why.equals("Is a directory")) {
                what = OutputSet.shown(f.getOtherFile());
                why = "it is a directory";
            }
        } else {
            what = "the results";
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new InputException("--out " + dir + ": cannot write " + what + " (" + why + ")");
    }
}
