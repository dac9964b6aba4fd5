package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class NumbersTest {

    @Test
    void wholeNumbersPlainDecimalsAndTinyValuesInScientificNotation() {
        assertThat(Numbers.format(42.0)).isEqualTo("42");
        assertThat(Numbers.format(-3.0)).isEqualTo("-3");
        assertThat(Numbers.format(0.25)).isEqualTo("0.25");
        assertThat(Numbers.format(1234567.891)).isEqualTo("1234567.891");
        assertThat(Numbers.format(1.0 / 3.0)).isEqualTo("0.3333333333");
        assertThat(Numbers.format(1.234567891e-6)).isEqualTo("0.000001234567891");
        assertThat(Numbers.format(1.224260413e-21)).isEqualTo("1.224260413E-21");
        assertThat(Numbers.format(-5e-7)).isEqualTo("-5E-7");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NA");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("NA");
    }

    /**
     * Every written number reads back as the double rounded to 10 significant digits, and no plain
     * decimal has more than 16 digits after the point. Values are drawn as mantissa x 10^exponent,
     * so that tiny magnitudes (p-values) are as likely as everyday ones.
     */
    @Property(tries = 2000)
    void readsBackToTenSignificantDigits(@ForAll @DoubleRange(min = -10, max = 10) double mantissa,
                                         @ForAll @IntRange(min = -300, max = 14) int exponent) {
        double v = mantissa * Math.pow(10, exponent);
        String text = Numbers.format(v);
        double back = Double.parseDouble(text);
        assertThat(back).isCloseTo(v, Percentage.withPercentage(1e-7));
        int point = text.indexOf('.');
        if (point >= 0 && !text.contains("E")) {
            assertThat(text.length() - point - 1).as("decimals after the point in %s", text).isLessThanOrEqualTo(16);
        }
    }

    /**
     * The experiments' statistics use each value as the CSV holds it (AsWritten): it must be
     * exactly the double that reading the written text gives, and write as the same text.
     */
    @Property(tries = 2000)
    void theValueStatisticsUseIsTheValueTheCsvHolds(@ForAll @DoubleRange(min = -10, max = 10) double mantissa,
                                                    @ForAll @IntRange(min = -40, max = 20) int exponent) {
        // magnitudes from p-values to EUR totals
        double v = mantissa * Math.pow(10, exponent);
        double asWritten = org.regiosim.experiment.AsWritten.value(v);
        String text = Numbers.format(v);
        if (text.equals("NA")) {
            assertThat(Double.isFinite(asWritten)).isFalse();
            return;
        }
        assertThat(asWritten).isEqualTo(Double.parseDouble(text));
        assertThat(Numbers.format(asWritten)).isEqualTo(text);
    }

    @Test
    void aRunsAverageIsTakenFromTheQuartersAsWritten() {
        org.regiosim.experiment.RunOutcome o = new org.regiosim.experiment.RunOutcome();
        double[] q = new double[org.regiosim.model.Metric.count()];
        int i = org.regiosim.model.Metric.MEAN_TRUST.ordinal();
        q[i] = 0.123456789012345;
        o.add(org.regiosim.model.StepMetrics.of(0, q.clone()));
        q[i] = 0.5;
        o.add(org.regiosim.model.StepMetrics.of(1, q.clone()));
        assertThat(o.value(org.regiosim.model.Metric.MEAN_TRUST, org.regiosim.experiment.Measure.AVERAGE))
                .isEqualTo((0.123456789 + 0.5) / 2);
    }
}
