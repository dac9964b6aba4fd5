package org.regiosim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/**
 * timeseries.csv: one header row, then one row per quarter: {@code step} and every
 * {@link Metric} column. Rows stream to a temporary file; {@link #commit()} moves it into place.
 */
public final class TimeseriesWriter implements Closeable {

    private final Path target;
    private final Path tmp;
    private final BufferedWriter out;
    private boolean committed;

    public TimeseriesWriter(Path target) throws IOException {
        this.target = target;
        this.tmp = AtomicFiles.temporaryFor(target);
        // Ctrl-C ends the JVM without closing writers: do not leave the partial file behind.
        tmp.toFile().deleteOnExit();
        this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        out.write(header());
        out.write('\n');
    }

    public static String header() {
        StringBuilder sb = new StringBuilder("step");
        for (int i = 0; i < Metric.count(); i++) {
            sb.append(',').append(Metric.of(i).column());
        }
        return sb.toString();
    }

    /** The metric values of one quarter as CSV fields, without the leading step. */
    public static String values(StepMetrics m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Metric.count(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Numbers.format(m.get(Metric.of(i))));
        }
        return sb.toString();
    }

    public void write(StepMetrics m) throws IOException {
        out.write(Integer.toString(m.step()));
        out.write(',');
        out.write(values(m));
        out.write('\n');
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        out.close();
        AtomicFiles.commit(tmp, target);
        committed = true;
    }

    /** Closes; an uncommitted file is discarded. */
    @Override
    public void close() throws IOException {
        out.close();
        if (!committed) {
            Files.deleteIfExists(tmp);
        }
    }
}
