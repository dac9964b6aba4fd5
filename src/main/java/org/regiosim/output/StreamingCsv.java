package org.regiosim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV written row by row to a temporary file beside the target and moved into place by
 * {@link #commit()}: readers never see a half-written file, and an interrupted command leaves
 * none behind (the temporary file is deleted on close without commit, and by {@link AtomicFiles}'
 * shutdown hook on Ctrl-C).
 */
public final class StreamingCsv implements Closeable {

    private final Path target;
    private final Path tmp;
    private final BufferedWriter out;
    private boolean committed;

    public StreamingCsv(Path target, String header) throws IOException {
        this.target = target;
        this.tmp = AtomicFiles.temporaryFor(target);
        BufferedWriter w = null;
        try {
            w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            w.write(header);
            w.write('\n');
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.close();
            }
            AtomicFiles.discard(tmp);
            throw e;
        }
        this.out = w;
    }

    public void row(String line) throws IOException {
        out.write(line);
        out.write('\n');
    }

    public void commit() throws IOException {
        out.close();
        AtomicFiles.commit(tmp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (!committed) {
            AtomicFiles.discard(tmp);
        }
    }
}
