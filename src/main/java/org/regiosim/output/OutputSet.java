package org.regiosim.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
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
 * notes), which a swap would have to copy or would lose.
 *
 * <p>A new result replaces the earlier one as a whole: each result records the files it consists
 * of in a hidden manifest ({@value #MANIFEST}), and a commit removes the files of the earlier
 * result that the new one does not have (the sensitivity.csv of an earlier Sobol sweep under a
 * factorial one, a run's time series under a comparison), so that the directory never holds
 * files of two results. Files the tool did not write there (a comparison's journal, the user's
 * notes) are not in any manifest and stay.
 */
public final class OutputSet implements Closeable {

    /** Moved last: the file that describes the result. */
    public static final String METADATA = "metadata.json";
    /** The files of the result in the directory, one relative path per line; moved just before {@link #METADATA}. */
    public static final String MANIFEST = ".regiosim-result";

    private final Path dir;
    /** The directory as an absolute, normalised path: what the manifest's entries are resolved against. */
    private final Path root;
    private final Path staging;
    private boolean finished;

    private OutputSet(Path dir, Path staging) {
        this.dir = dir;
        this.root = dir.toAbsolutePath().normalize();
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
                    .map(p -> entry(staging.relativize(p))).sorted().forEach(files::add);
        }
        files.remove(MANIFEST);
        boolean hasMetadata = files.remove(METADATA);
        List<String> result = new ArrayList<>(files);
        if (hasMetadata) {
            result.add(METADATA);
        }
        AtomicFiles.writeString(staging.resolve(MANIFEST), String.join("\n", result) + "\n");
        files.add(MANIFEST);
        if (hasMetadata) {
            files.add(METADATA);
        }
        synchronized (AtomicFiles.LOCK) {
            if (!Files.isDirectory(staging)) {
                throw new IOException("interrupted: " + staging + " was deleted");
            }
            List<String> earlier = earlierResult();
            List<Path> leftovers = leftovers(earlier, result);
            checkReplaceable(dir, files);
            for (Path old : leftovers) {
                if (!Files.isWritable(old.getParent())) {
                    throw new AccessDeniedException(old.toString(), null, "cannot remove this file of the earlier result "
                            + "in the directory: directory " + old.getParent() + " is not writable");
                }
            }
            // First a manifest naming the earlier files and the new ones: a kill -9 in the middle
            // leaves a directory whose every result file some manifest names, for the next commit.
            if (!leftovers.isEmpty()) {
                List<String> both = new ArrayList<>(result);
                for (String e : earlier) {
                    if (!both.contains(e)) {
                        both.add(e);
                    }
                }
                AtomicFiles.writeString(dir.resolve(MANIFEST), String.join("\n", both) + "\n");
            }
            for (String f : files) {
                if (f.equals(MANIFEST)) {
                    for (Path old : leftovers) {
                        remove(old);
                    }
                }
                Path target = dir.resolve(f);
                Files.createDirectories(target.getParent());
                AtomicFiles.commit(staging.resolve(f), target);
            }
            finished = true;
        }
        AtomicFiles.deleteTree(staging);
        AtomicFiles.forget(staging);
    }

    /**
     * What a manifest may name: a relative path of plain names (letters, digits, '.', '_', '-', not
     * starting with '.'), separated by '/'. No '.', '..', empty or hidden part, no absolute path:
     * a manifest can only name files inside the directory, and never the manifest, a journal or
     * a temporary file.
     */
    private static final java.util.regex.Pattern ENTRY =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    /** Written into result directories, but not by a result: never removed through a manifest. */
    private static final List<String> NEVER_LISTED = List.of("journal.csv", "journal.csv.lock");

    /** A path relative to the staging directory as a manifest entry: its names joined by '/' on every system. */
    private static String entry(Path relative) {
        List<String> names = new ArrayList<>();
        for (Path name : relative) {
            names.add(name.toString());
        }
        return String.join("/", names);
    }

    /** The files of the result the directory holds, from its manifest; none without one. Invalid lines are ignored. */
    private List<String> earlierResult() {
        List<String> earlier = new ArrayList<>();
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return earlier;
        }
        try {
            for (String line : Files.readAllLines(manifest, java.nio.charset.StandardCharsets.UTF_8)) {
                String rel = line.strip();
                if (ENTRY.matcher(rel).matches() && !NEVER_LISTED.contains(rel) && !earlier.contains(rel)) {
                    earlier.add(rel);
                }
            }
        } catch (IOException e) {
            // an unreadable manifest: the earlier files stay, as they did before manifests
        }
        return earlier;
    }

    /**
     * The earlier result's files that the new one does not have and that are the tool's to
     * remove: regular files reached without a symbolic link on the way (a link could lead out of
     * the directory), and not the same file as one of the new result's (a file system that does
     * not tell case apart).
     */
    private List<Path> leftovers(List<String> earlier, List<String> result) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String rel : earlier) {
            if (result.contains(rel)) {
                continue;
            }
            Path old = root.resolve(rel);
            boolean plain = Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS);
            for (Path p = old.getParent(); plain && p != null && !p.equals(root); p = p.getParent()) {
                plain = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            }
            for (int i = 0; plain && i < result.size(); i++) {
                Path target = root.resolve(result.get(i));
                plain = !(Files.exists(target) && Files.isSameFile(old, target));
            }
            if (plain) {
                out.add(old);
            }
        }
        return out;
    }

    /** Removes an earlier result's file, and the folders inside the directory that this leaves empty. */
    private void remove(Path old) throws IOException {
        Files.deleteIfExists(old);
        for (Path parent = old.getParent(); parent != null && !parent.equals(root); parent = parent.getParent()) {
            try (Stream<Path> entries = Files.list(parent)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(parent);
        }
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
