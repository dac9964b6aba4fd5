package org.regiosim.output;

import java.util.List;

/** CSV fields: text quoted only when it needs to be (comma, quote, line break), numbers via {@link Numbers}. */
public final class Csv {

    private Csv() {
    }

    public static String text(String s) {
        if (s == null) {
            return "NA";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public static String num(double v) {
        return Numbers.format(v);
    }

    public static String row(List<String> fields) {
        return String.join(",", fields);
    }

    /** A dotted parameter key as a snake_case column name: firms.opportunity_rate becomes firms_opportunity_rate. */
    public static String column(String key) {
        return key.replace('.', '_');
    }
}
