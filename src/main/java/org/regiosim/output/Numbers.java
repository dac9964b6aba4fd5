package org.regiosim.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How numbers are written to CSV: whole numbers without a decimal point, others with at most
 * 10 significant digits, in plain notation down to a magnitude of 1e-6 and in scientific notation
 * below ("1.224260413E-21"), NaN as NA. Deterministic: the same double always gives the same text.
 *
 * <p>Why not plain notation throughout: pandas' default CSV parser reads long plain decimals
 * imprecisely (0.000000000000000000001224260413 becomes 0.0, 0.0000000000001234567891 becomes
 * 1.234e-13), so tiny p-values would arrive in pandas as zeros. Down to 1e-6 a plain decimal has
 * at most 16 digits after the point, which it reads exactly.
 */
public final class Numbers {

    private static final MathContext SIGNIFICANT = org.regiosim.experiment.AsWritten.DIGITS;
    /** Magnitudes below this are written in scientific notation. */
    private static final double PLAIN_BELOW = 1e-6;

    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal rounded = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros();
        return Math.abs(v) < PLAIN_BELOW ? rounded.toString() : rounded.toPlainString();
    }
}
