package org.regiosim.model;

import java.util.Arrays;

/** The indicators of one quarter: a value per {@link Metric}; NaN stands for "not available". */
public final class StepMetrics {

    private final int step;
    private final double[] values;

    StepMetrics(int step, double[] values) {
        this.step = step;
        this.values = values.clone();
    }

    /**
     * Indicators recorded earlier, read back (e.g. from an experiment's journal): one value per
     * {@link Metric}, in the order of {@link Metric#values()}.
     */
    public static StepMetrics of(int step, double[] values) {
        if (values.length != Metric.count()) {
            throw new IllegalArgumentException(values.length + " values for " + Metric.count() + " metrics");
        }
        return new StepMetrics(step, values);
    }

    /** The quarter these values describe (0 is the first step). */
    public int step() { return step; }

    public double get(Metric m) { return values[m.ordinal()]; }

    public double[] values() { return values.clone(); }

    @Override
    public String toString() {
        return "step " + step + " " + Arrays.toString(values);
    }
}
