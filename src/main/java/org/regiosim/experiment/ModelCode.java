package org.regiosim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A SHA-256 of the compiled code that decides a run's numbers: the model (every class under
 * {@code org/regiosim/model/}) and the classes that turn a run into journaled values. A sweep's or
 * comparison's journal records it through its fingerprint, so runs of a changed model are never
 * mixed with runs of the old one, although the tool's version number stays the same between
 * releases; a change only to the documentation, the GUI or the writers keeps it.
 */
public final class ModelCode {

    /** Class-file path prefixes (in a jar or a classes directory) whose bytes are hashed. */
    static final List<String> PREFIXES = List.of("org/regiosim/model/", "org/regiosim/experiment/SimulationRun",
            "org/regiosim/experiment/RunOutcome");

    private static String cached;

    private ModelCode() {
    }

    /** The hash of the running code (computed once). */
    public static synchronized String sha256() {
        if (cached == null) {
            try {
                Path location = Path.of(ModelCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                cached = of(location, PREFIXES);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the running code", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the running code", e);
            }
        }
        return cached;
    }

    /** The hash over the class files under a jar or classes directory whose paths start with a prefix. */
    static String of(Path jarOrDirectory, List<String> prefixes) throws IOException {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        if (Files.isDirectory(jarOrDirectory)) {
            try (Stream<Path> files = Files.walk(jarOrDirectory)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String name = jarOrDirectory.relativize(p).toString().replace('\\', '/');
                    if (selected(name, prefixes)) {
                        classes.put(name, Files.readAllBytes(p));
                    }
                }
            }
        } else {
            try (ZipFile zip = new ZipFile(jarOrDirectory.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (!e.isDirectory() && selected(e.getName(), prefixes)) {
                        try (InputStream in = zip.getInputStream(e)) {
                            classes.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : classes.entrySet()) {
            d.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(e.getValue());
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static boolean selected(String name, List<String> prefixes) {
        if (!name.endsWith(".class")) {
            return false;
        }
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
