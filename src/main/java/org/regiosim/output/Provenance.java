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

    /** The commit checked out in the working directory or above it, or null if unknown. */
    public static String gitCommit() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                try {
                    String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
                    if (!head.startsWith("ref: ")) {
                        return head;
                    }
                    Path ref = git.resolve(head.substring(5));
                    if (Files.exists(ref)) {
                        return Files.readString(ref, StandardCharsets.UTF_8).trim();
                    }
                    Path packed = git.resolve("packed-refs");
                    if (Files.exists(packed)) {
                        for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                            if (line.endsWith(" " + head.substring(5))) {
                                return line.substring(0, line.indexOf(' '));
                            }
                        }
                    }
                } catch (IOException e) {
                    return null;
                }
                return null;
            }
            dir = dir.getParent();
        }
        return null;
    }
}
