package org.regiosim.experiment;

import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/**
 * Accumulates one run's quarters into the per-run numbers of every {@link Measure}: last value,
 * sum and mean over the available quarters (NaN means "not available" and is skipped), from the
 * quarters' values as runs.csv holds them ({@link AsWritten}).
 */
public final class RunOutcome {

    private final double[] last = new double[Metric.count()];
    private final double[] sum = new double[Metric.count()];
    private final int[] available = new int[Metric.count()];
    private int steps;

    public RunOutcome() {
        java.util.Arrays.fill(last, Double.NaN);
    }

    public void add(StepMetrics m) {
        steps++;
        for (int i = 0; i < last.length; i++) {
            double v = AsWritten.value(m.get(Metric.of(i)));
            last[i] = v;
            if (!Double.isNaN(v)) {
                sum[i] += v;
                available[i]++;
            }
        }
    }

    public int steps() {
        return steps;
    }

    /** All of the run's numerator over all of its denominator; NaN when the denominator's total is 0. */
    private double ratioOfTotals(Metric ratio) {
        double numerator = 0;
        for (Metric n : ratio.ratioNumerators()) {
            numerator += sum[n.ordinal()];
        }
        double denominator = sum[ratio.ratioDenominator().ordinal()];
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }

    /** The run's value of a metric under a measure; NaN when not available. */
    public double value(Metric metric, Measure measure) {
        int i = metric.ordinal();
        return switch (measure) {
            case FINAL -> last[i];
            case TOTAL -> !measure.appliesTo(metric) || steps == 0 ? Double.NaN
                    : Measure.isRatioOfFlows(metric) ? ratioOfTotals(metric) : sum[i];
            case AVERAGE -> available[i] == 0 ? Double.NaN : sum[i] / available[i];
        };
    }
}
