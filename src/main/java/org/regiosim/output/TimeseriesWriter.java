package org.regiosim.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/**
 * timeseries.csv: one header row, then one row per quarter: {@code step} and every
 * {@link Metric} column. Rows stream to a temporary file ({@link StreamingCsv});
 * {@link #commit()} moves it into place.
 */
public final class TimeseriesWriter implements Closeable {

    private final StreamingCsv csv;

    public TimeseriesWriter(Path target) throws IOException {
        this.csv = new StreamingCsv(target, header());
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
        csv.row(m.step() + "," + values(m));
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        csv.commit();
    }

    /** Closes; an uncommitted file is discarded. */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
