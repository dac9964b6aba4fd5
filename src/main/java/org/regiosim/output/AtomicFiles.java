package org.regiosim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files appear whole or not at all: writers write to a temporary file beside the target and move
 * it into place when done, so an interrupted run never leaves a half-written file behind.
 *
 * <p>Temporary files (and the staging directories of {@link OutputSet}) are named
 * {@code .NAME.RANDOM.PID.part}: hidden, marked as ours by {@code .part}, and carrying the id of
 * the process that writes them. This process keeps a list of the ones it has open; a shutdown
 * hook (Ctrl-C, SIGTERM) deletes them and, from then on, refuses to create new ones, so an
 * interrupted command leaves none behind. What a {@code kill -9} leaves is removed by
 * {@link #removeStale} when the next command starts on the directory: it deletes only names of
 * this pattern whose process is no longer alive, so a command that is still writing keeps its
 * files. (Names of the older pattern {@code .NAME.RANDOM.part} read as a "process id" too large or
 * unused, and are removed as well.)
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Our temporary names; the last number is the writing process's id. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.([0-9]+)\\.part");
    private static final long PID = ProcessHandle.current().pid();

    /** Guards {@link #LIVE} and {@link #shuttingDown}; {@link OutputSet#commit} holds it while it moves files. */
    static final Object LOCK = new Object();
    /** Temporary files and staging directories of this process not yet moved into place or deleted. */
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    private static boolean shuttingDown;
    private static boolean hookInstalled;

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path tmp = temporaryFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            commit(tmp, target);
        } finally {
            discard(tmp);
        }
    }

    /** Writes text as UTF-8, the same way: complete or not at all. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A temporary file in the target's directory (same file system, so the move is atomic),
     * deleted at exit unless {@link #commit committed} or {@link #discard discarded} first.
     */
    public static Path temporaryFor(Path target) throws IOException {
        Path tmp = create(target.toAbsolutePath().getParent(), target.getFileName().toString(), false);
        try {
            // results are meant to be shared, whatever the umask
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep its defaults
        }
        return tmp;
    }

    /** A new temporary directory named after {@code name} in {@code dir}, deleted at exit unless {@link #forget forgotten}. */
    static Path temporaryDirectory(Path dir, String name) throws IOException {
        return create(dir.toAbsolutePath(), name, true);
    }

    private static Path create(Path dir, String name, boolean directory) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("interrupted: no new files are written while the program exits");
            }
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteLive, "regiosim-temporary-files"));
                hookInstalled = true;
            }
            Files.createDirectories(dir);
            while (true) {
                Path p = dir.resolve("." + name + "." + (ThreadLocalRandom.current().nextLong() >>> 1) + "." + PID + ".part");
                try {
                    if (directory) {
                        Files.createDirectory(p);
                    } else {
                        Files.createFile(p);
                    }
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
                LIVE.add(p);
                return p;
            }
        }
    }

    /** Moves a finished temporary file into place. */
    public static void commit(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forget(tmp);
    }

    /** Deletes a temporary file that is not to be committed (nothing happens if it is gone). */
    public static void discard(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            forget(tmp);
        }
    }

    /** Takes a temporary file or directory off the list of those deleted at exit. */
    static void forget(Path tmp) {
        synchronized (LOCK) {
            LIVE.remove(tmp);
        }
    }

    /** The shutdown hook: deletes what is still temporary and allows no new temporary files. */
    private static void deleteLive() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path p : LIVE) {
                deleteTree(p);
            }
            LIVE.clear();
        }
    }

    /** Whether the program is exiting on Ctrl-C or SIGTERM (the shutdown hook has run): failures then are its consequence. */
    public static boolean exiting() {
        synchronized (LOCK) {
            return shuttingDown;
        }
    }

    /** Whether {@code name} is one of our temporary names. */
    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** Whether {@code name} is one of our temporary names whose writing process is no longer alive. */
    static boolean isStale(String name) {
        Matcher m = TEMPORARY.matcher(name);
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return true; // an older name's random number, not a process id
        }
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Deletes our temporary files and staging directories left in {@code dir} by a process that
     * no longer runs (killed with {@code kill -9}, or a power loss). Nothing else is touched; what
     * cannot be deleted is left.
     *
     * @return the names deleted
     */
    public static List<String> removeStale(Path dir) {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (isStale(name) && deleteTree(p)) {
                    removed.add(name);
                }
            }
        } catch (IOException e) {
            // not listable: nothing to clean
        }
        return removed;
    }

    /** Deletes a file or a directory with everything in it; true if it is gone. */
    static boolean deleteTree(Path p) {
        try {
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(q);
                    }
                }
            } else {
                Files.deleteIfExists(p);
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
