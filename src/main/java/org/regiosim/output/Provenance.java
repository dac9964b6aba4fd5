package org.regiosim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where a result came from: tool version, git commit (when run inside a checkout), Java version. */
public final class Provenance {

    private Provenance() {
    }

    public static String toolVersion() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static String javaVersion() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    /**
     * The JVM's garbage collectors, e.g. "PS MarkSweep + PS Scavenge" for the parallel collector
     * that ./regiosim selects: wall times are comparable only between runs with the same one.
     */
    public static String garbageCollector() {
        return String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    }

    /** The commit checked out in the working directory or above it (also in a git worktree), or null if unknown. */
    public static String gitCommit() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path git = dir.resolve(".git");
            try {
                if (Files.isDirectory(git)) {
                    return commitIn(git, git);
                }
                if (Files.isRegularFile(git)) {
                    // a worktree: ".git" is a file "gitdir: <path>"; shared refs live in its commondir
                    String text = Files.readString(git, StandardCharsets.UTF_8).trim();
                    if (!text.startsWith("gitdir:")) {
                        return null;
                    }
                    Path gitDir = dir.resolve(text.substring(7).trim()).normalize();
                    Path common = gitDir;
                    Path commonFile = gitDir.resolve("commondir");
                    if (Files.exists(commonFile)) {
                        common = gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()).normalize();
                    }
                    return commitIn(gitDir, common);
                }
            } catch (IOException e) {
                return null;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static String commitIn(Path gitDir, Path common) throws IOException {
        String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
        if (!head.startsWith("ref: ")) {
            return head;
        }
        String ref = head.substring(5);
        for (Path base : new Path[] {gitDir, common}) {
            Path file = base.resolve(ref);
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
        }
        Path packed = common.resolve("packed-refs");
        if (Files.exists(packed)) {
            for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                if (line.endsWith(" " + ref)) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return null;
    }
}
