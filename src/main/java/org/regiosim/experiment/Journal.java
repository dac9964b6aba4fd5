package org.regiosim.experiment;

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
import java.util.zip.CRC32;

/**
 * An append-only journal of completed runs: one line per run, written whole and fsync'd before
 * the run counts as done. Each line carries a CRC-32 of its content, so a line cut short by a
 * crash (kill -9, power loss) is recognised and ignored; the run is simply done again. The first
 * line holds the experiment's fingerprint, so a journal is never continued by another experiment.
 *
 * <pre>
 * # regiosim sweep journal v1 FINGERPRINT
 * RUN_ID,SEED,VALUE,...,VALUE*CRC32HEX
 * </pre>
 *
 * Values are written with {@link Double#toString(double)}, which reads back to the same double,
 * so final files built from the journal are identical whether or not the sweep was interrupted.
 */
public final class Journal implements Closeable {

    private static final String MAGIC = "# regiosim sweep journal v1 ";

    /** One completed run as read back. */
    public record Entry(int runId, long seed, double[] values) {
    }

    /** The journal cannot be continued: another experiment's, or in use by a running sweep. */
    public static final class Conflict extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileChannel lockChannel;

    private Journal(FileChannel channel, FileChannel lockChannel) {
        this.channel = channel;
        this.lockChannel = lockChannel;
    }

    /**
     * Opens a journal for appending: takes an exclusive lock on it (a second sweep on the same
     * directory is refused; the operating system releases the lock when a process dies, even by
     * kill -9), creates it with the header if missing (or if only a cut-short header exists),
     * checks the fingerprint otherwise, and cuts off an incomplete last line.
     *
     * @throws Conflict when the journal belongs to another experiment or is in use
     */
    public static Journal open(Path file, String fingerprint) throws IOException {
        String header = MAGIC + fingerprint + "\n";
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
            throw new Conflict(file + " is in use by another sweep that is still running; wait for it "
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
            byte[] bytes = Files.readAllBytes(file);
            int complete = lastNewline(bytes) + 1;
            String firstLine = firstLine(bytes);
            if (firstLine == null) {
                // new, empty, or only a partial header: start afresh
                ch.truncate(0);
                ch.position(0);
                writeFully(ch, header.getBytes(StandardCharsets.UTF_8));
                ch.force(true);
            } else {
                if (!firstLine.equals(header.trim())) {
                    throw new Conflict(file + " belongs to a different experiment or version (its "
                            + "fingerprint does not match this experiment file); use another --out, or delete the "
                            + "journal to start afresh");
                }
                ch.truncate(complete);
                ch.position(complete);
                ch.force(true);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            lockChannel.close();
            throw e;
        }
        return new Journal(ch, lockChannel);
    }

    /** The complete, intact entries of a journal (first occurrence of each run), in file order. */
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

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            lockChannel.close(); // releases the lock
        }
    }

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
        if (f.length != valuesPerRun + 2) {
            return null;
        }
        try {
            double[] v = new double[valuesPerRun];
            for (int i = 0; i < valuesPerRun; i++) {
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

    private static String firstLine(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                return new String(b, 0, i, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }
}
