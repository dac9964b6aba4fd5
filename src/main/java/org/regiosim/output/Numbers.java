package org.regiosim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How numbers are written to CSV: whole numbers without a decimal point, others with at most
 * 10 significant digits (plain notation), NaN as NA. Deterministic: the same double always
 * gives the same text.
 */
public final class Numbers {

    private static final MathContext SIGNIFICANT = new MathContext(10);

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
