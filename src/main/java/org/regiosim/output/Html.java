package org.regiosim.output;

import java.util.Locale;

/** Small helpers for writing HTML and numbers in prose. */
public final class Html {

    private Html() {
    }

    public static String esc(Object o) {
        String s = String.valueOf(o);
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A number for readers: 3 significant digits, thousands separators, millions spelt out. */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return sig(v / 1e9) + " billion";
        }
        if (a >= 1e6) {
            return sig(v / 1e6) + " million";
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return sig(v);
    }

    private static String sig(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** A p-value as it is read: "p < 0.001" or "p = 0.034". */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "p not available";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        // Cut, not rounded, to 3 significant digits: a p of 0.0496 must not read "0.050" next to
        // "significant (p < 0.05)", nor a p of 0.05 or more read below 0.05.
        return "p = " + java.math.BigDecimal.valueOf(p).round(new java.math.MathContext(3, java.math.RoundingMode.DOWN))
                .toPlainString();
    }

    public static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100 * share);
    }
}
