package org.regiosim.experiment;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * An append-only journal of completed runs of a sweep or a comparison: one line per run, written
 * whole and fsync'd before the run counts as done. Each line carries a CRC-32 of its content, so a
 * line cut short by a crash (kill -9, power loss) is recognised and ignored; the run is simply done
 * again. The first line names the kind of experiment and holds its fingerprint, so a journal is
 * never continued by another experiment.
 *
 * <pre>
 * # regiosim KIND journal v1 FINGERPRINT
 * RUN_ID,SEED,VALUE,...,VALUE*CRC32HEX
 * </pre>
 *
 * Values are written with {@link Double#toString(double)}, which reads back to the same double,
 * so final files built from the journal are identical whether or not the experiment was
 * interrupted.
 */
public final class Journal implements Closeable {

    private static String header(String kind, String fingerprint) {
        return "# regiosim " + kind + " journal v1 " + fingerprint + "\n";
    }

    /** One completed run as read back. */
    public record Entry(int runId, long seed, double[] values) {
    }

    /** The journal cannot be continued: another experiment's, or in use by a running one. */
    public static final class Conflict extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileChannel lockChannel;

    private Journal(Path file, FileChannel channel, FileChannel lockChannel) {
        this.file = file;
        this.channel = channel;
        this.lockChannel = lockChannel;
    }

    /**
     * Opens a journal for appending: takes an exclusive lock on it (a second experiment on the
     * same directory is refused; the operating system releases the lock when a process dies, even
     * by kill -9), creates it with the header if missing (or if only a cut-short header exists),
     * checks the kind and fingerprint otherwise, and cuts off an incomplete last line.
     *
     * @param kind "sweep" or "compare": the command whose journal it is
     * @throws Conflict when the journal belongs to another experiment or is in use
     */
    public static Journal open(Path file, String kind, String fingerprint) throws IOException {
        String header = header(kind, fingerprint);
        // The lock is taken on a separate file that nothing else opens: POSIX releases a process's
        // locks on a file when any descriptor of that file is closed, e.g. by reading the journal.
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new Conflict(file + " is in use by another " + kind + " that is still running; wait for it "
                    + "to finish or use another --out");
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException e) {
            lockChannel.close();
            throw e;
        }
        try {
            String firstLine = firstLine(ch);
            if (firstLine == null) {
                // new, empty, or only a partial header: start afresh
                ch.truncate(0);
                ch.position(0);
                writeFully(ch, header.getBytes(StandardCharsets.UTF_8));
                ch.force(true);
            } else {
                String kindPrefix = "# regiosim " + kind + " journal ";
                if (firstLine.startsWith("# regiosim ") && !firstLine.startsWith(kindPrefix)) {
                    String other = firstLine.substring("# regiosim ".length()).split(" ", 2)[0];
                    throw new Conflict(file + " is the journal of a " + other + ", not of a " + kind
                            + "; use another --out for the " + kind);
                }
                if (!firstLine.equals(header.trim())) {
                    throw new Conflict(file + " belongs to a different experiment or version (its "
                            + "fingerprint does not match this experiment: other " + (kind.equals("sweep") ? "design" : "arms")
                            + ", parameters, replications, seed or model code); use another --out, or delete the journal to start afresh");
                }
                long complete = completeLength(ch);
                ch.truncate(complete);
                ch.position(complete);
                ch.force(true);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            lockChannel.close();
            throw e;
        }
        return new Journal(file, ch, lockChannel);
    }

    /**
     * The complete, intact entries of a journal (first occurrence of each run), in file order.
     *
     * @param valuesPerRun the number of values a run has; lines with another number are ignored
     */
    public static List<Entry> read(Path file, int valuesPerRun) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        byte[] bytes = Files.readAllBytes(file);
        int end = lastNewline(bytes) + 1;
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Entry e = parse(line, valuesPerRun);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Reads the intact entries one at a time, in file order, with any number of values per run,
     * until {@code each} returns false. Memory does not grow with the journal's length.
     */
    public static void forEach(Path file, Predicate<Entry> each) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Entry e = parse(line, -1);
                if (e != null && !each.test(e)) {
                    return;
                }
            }
        }
    }

    /** Appends one completed run and forces it to disk. Not thread-safe: one writer. */
    public void append(int runId, long seed, double[] values) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(runId).append(',').append(seed);
        for (double v : values) {
            sb.append(',').append(Double.toString(v));
        }
        String payload = sb.toString();
        String line = payload + "*" + crc(payload) + "\n";
        writeFully(channel, line.getBytes(StandardCharsets.UTF_8));
        channel.force(false);
    }

    /**
     * Cuts the journal after its first {@code entries} intact entries, so that what is appended
     * next follows them. A comparison replays only an unbroken prefix of its runs; without the cut,
     * a damaged line in the middle (bit rot, not a crash: a crash only tears the last line) would
     * stop every later replay at the same place, and the runs after it would be run and appended
     * again on every resume.
     */
    public void keepFirst(int entries) throws IOException {
        long cut = -1; // the end of the header, then of each entry kept
        int kept = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long pos = 0;
        scan:
        while (true) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte b = buf.get(i);
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (cut < 0) {
                    cut = pos + i + 1;
                } else if (kept < entries && !text.startsWith("#") && parse(text, -1) != null) {
                    kept++;
                    cut = pos + i + 1;
                }
                if (kept >= entries) {
                    break scan;
                }
            }
            pos += n;
        }
        if (cut < 0) {
            throw new IOException(file + ": the journal lost its header while it was open");
        }
        if (cut < channel.size()) {
            channel.truncate(cut);
            channel.force(true);
        }
        channel.position(cut);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            lockChannel.close(); // releases the lock
        }
    }

    /** One line's entry, or null if damaged; {@code valuesPerRun} below 0 accepts any number. */
    static Entry parse(String line, int valuesPerRun) {
        int star = line.lastIndexOf('*');
        if (star < 0) {
            return null;
        }
        String payload = line.substring(0, star);
        if (!line.substring(star + 1).equals(crc(payload))) {
            return null;
        }
        String[] f = payload.split(",", -1);
        if (f.length < 2 || (valuesPerRun >= 0 && f.length != valuesPerRun + 2)) {
            return null;
        }
        try {
            double[] v = new double[f.length - 2];
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(f[i + 2]);
            }
            return new Entry(Integer.parseInt(f[0]), Long.parseLong(f[1]), v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String crc(String payload) {
        CRC32 c = new CRC32();
        c.update(payload.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) c.getValue());
    }

    private static int lastNewline(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The first line if the file has a complete one, else null; reads only as far as needed. */
    private static String firstLine(FileChannel ch) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        long pos = 0;
        while (true) {
            buf.clear();
            int n = ch.read(buf, pos);
            if (n <= 0) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                byte b = buf.get(i);
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            pos += n;
        }
    }

    /** The length up to and including the last newline: what remains after cutting off a partial last line. */
    private static long completeLength(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long end = ch.size();
        while (end > 0) {
            long start = Math.max(0, end - buf.capacity());
            buf.clear();
            buf.limit((int) (end - start));
            int n = 0;
            while (buf.hasRemaining()) {
                int r = ch.read(buf, start + n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            for (int i = n - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
