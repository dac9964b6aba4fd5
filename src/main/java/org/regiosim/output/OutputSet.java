package org.regiosim.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one command's result (a run's time series, charts and metadata; a comparison's
 * tables, charts, report and metadata), replaced as a whole or not at all.
 *
 * <p>Every file of the result is written into a staging directory inside the output directory
 * ({@code DIR/.output.RANDOM.PID.part/}: same file system, so a move is a rename). Only when all
 * of them are complete does {@link #commit()} move them into place, one rename each, with
 * {@code metadata.json} last (it says which result the directory holds). Before it moves
 * anything, it checks that every target can be replaced (no directory where a file goes, no file
 * where a directory goes, writable directories), so a foreseeable failure replaces nothing. The
 * renames take microseconds and hold {@link AtomicFiles#LOCK}, which the shutdown hook takes too:
 * Ctrl-C or SIGTERM either comes before the commit (the hook deletes the staging directory and the
 * output directory stays as it was) or waits until the commit is done (the new set is complete).
 * Only {@code kill -9} or a power loss within those microseconds could leave a mix; what it leaves
 * in staging is removed by {@link AtomicFiles#removeStale} at the next start.
 *
 * <p>Why not write a sibling directory and swap it in: a rename cannot replace a non-empty
 * directory, so a swap takes two renames with the output missing in between, and the output
 * directory may hold files that are not the result's (a comparison's journal, the user's own
 * notes), which a swap would have to copy or would lose. Files that the new result does not have
 * (e.g. the sensitivity.csv of an earlier Sobol sweep) are left as they are.
 */
public final class OutputSet implements Closeable {

    /** Moved last: the file that describes the result. */
    public static final String METADATA = "metadata.json";

    private final Path dir;
    private final Path staging;
    private boolean finished;

    private OutputSet(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /** Starts a new result for {@code dir} (which must exist). */
    public static OutputSet create(Path dir) throws IOException {
        return new OutputSet(dir, AtomicFiles.temporaryDirectory(dir, "output"));
    }

    /** The output directory. */
    public Path dir() {
        return dir;
    }

    /** Where to write the file that {@link #commit()} will move to {@code dir/relative}. */
    public Path resolve(String relative) {
        return staging.resolve(relative);
    }

    /** Moves every file written into place, {@code metadata.json} last; see the class comment. */
    public void commit() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(staging)) {
            s.filter(p -> Files.isRegularFile(p) && !AtomicFiles.isTemporary(p.getFileName().toString()))
                    .map(p -> staging.relativize(p).toString()).sorted().forEach(files::add);
        }
        if (files.remove(METADATA)) {
            files.add(METADATA);
        }
        synchronized (AtomicFiles.LOCK) {
            if (!Files.isDirectory(staging)) {
                throw new IOException("interrupted: " + staging + " was deleted");
            }
            checkReplaceable(dir, files);
            for (String f : files) {
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                AtomicFiles.commit(staging.resolve(f), target);
            }
            finished = true;
        }
        AtomicFiles.deleteTree(staging);
        AtomicFiles.forget(staging);
    }

    /** Without {@link #commit()}: deletes what was written; the output directory stays as it was. */
    @Override
    public void close() {
        if (!finished) {
            AtomicFiles.deleteTree(staging);
            AtomicFiles.forget(staging);
            finished = true;
        }
    }

    /** A path as the user should see it: where the file was to go, without staging directory or temporary name. */
    public static String shown(String path) {
        return path.replaceAll("/\\.output\\.[0-9]+\\.[0-9]+\\.part(?=/|$)", "")
                .replaceAll("/\\.([^/]+)\\.[0-9]+\\.[0-9]+\\.part$", "/$1");
    }

    /**
     * Checks that the files {@code relative} (e.g. {@code charts/innovations.png}) can be written
     * into {@code dir} by a rename: every directory on the way is a directory (or can be made) and
     * writable, and no target is a directory.
     *
     * @throws FileSystemException naming the file in the way and why
     */
    public static void checkReplaceable(Path dir, Collection<String> relative) throws FileSystemException {
        for (String rel : relative) {
            Path target = dir.resolve(rel);
            Path cur = dir;
            for (Path part : dir.relativize(target.getParent() == null ? dir : target.getParent())) {
                if (part.toString().isEmpty()) {
                    continue;
                }
                cur = cur.resolve(part);
                if (Files.exists(cur) && !Files.isDirectory(cur)) {
                    throw new FileSystemException(cur.toString(), null, "it is a file; a directory is needed there");
                }
            }
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "it is a directory");
            }
            Path parent = target.getParent();
            if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
                throw new AccessDeniedException(target.toString(), null, "directory " + parent + " is not writable");
            }
        }
    }
}
