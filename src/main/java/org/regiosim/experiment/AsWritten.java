package org.regiosim.experiment;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Values as the CSV files hold them: whole numbers as they are, others rounded to 10 significant
 * digits. The experiments compute their statistics from these, not from the full doubles, so
 * that anyone who recomputes a mean, a test or a tie from runs.csv gets the same numbers.
 */
public final class AsWritten {

    /** The precision of every number written to a CSV file. */
    public static final MathContext DIGITS = new MathContext(10);

    private AsWritten() {
    }

    /** {@code v} as a CSV file holds it (NaN and infinities unchanged; they are written NA). */
    public static double value(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return v;
        }
        return new BigDecimal(v).round(DIGITS).doubleValue();
    }
}
