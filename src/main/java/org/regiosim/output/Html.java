package org.regiosim.output;

import java.util.Locale;

/** Small helpers for writing HTML and numbers in prose. */
public final class Html {

    private Html() {
    }

    /**
     * The style of RegioSim's self-contained pages (report.html, the workshop handout): readable
     * on screen, and printable with tables and images kept whole.
     */
    public static final String PAGE_STYLE = "<style>\nbody{font-family:Helvetica,Arial,sans-serif;max-width:60em;"
            + "margin:2em auto;padding:0 1em;color:#222;line-height:1.45}\nh1{font-size:1.6em}h2{font-size:1.25em;"
            + "border-bottom:1px solid #ccc;margin-top:2em}\ntable{border-collapse:collapse;font-size:0.85em;margin:0.8em 0}"
            + "\nth,td{border:1px solid #ccc;padding:3px 6px;text-align:right}th{background:#f0f0f0}td.l,th.l{text-align:left}"
            + "\nimg{max-width:100%;height:auto;display:block;margin:1em 0}\n.sig{font-weight:bold}\n"
            + ".note{color:#555;font-size:0.9em}\nli{margin-bottom:0.5em}\n"
            + "@media print{body{max-width:none;margin:0}h2{page-break-after:avoid}img,table{page-break-inside:avoid}}\n"
            + "</style>";

    /** An image embedded in the page as a base64 PNG (no external resources). */
    public static String img(String alt, byte[] png) {
        return "<img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(png) + "\">";
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
