package org.regiosim.model.params;

import java.util.regex.Pattern;

/**
 * Numbers as users write them in scenarios, experiment files, data files and on the command line:
 * plain decimal or scientific notation ({@code 0.25}, {@code -3}, {@code 1e-3}, {@code 155_000}).
 * {@link Double#parseDouble} accepts more (Java suffixes as in {@code 0.01d}, hexadecimal,
 * {@code Infinity}, {@code NaN}), which is no valid input here.
 */
public final class PlainNumber {

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private PlainNumber() {
    }

    /** Whether the text is written as a plain decimal or scientific number (underscores between digits allowed). */
    public static boolean isPlain(String text) {
        return text != null && PLAIN.matcher(text.trim().replace("_", "")).matches();
    }

    /** The finite value of a plain number, or null if the text is no plain number or too large for a double (1e999). */
    public static Double parse(String text) {
        if (!isPlain(text)) {
            return null;
        }
        double d = Double.parseDouble(text.trim().replace("_", ""));
        return Double.isFinite(d) ? d : null;
    }

    /**
     * For a text that Java reads as a finite number but that is no plain number (0.01d, 0x1p3):
     * a hint saying how to write it; otherwise the empty string.
     */
    public static String hint(String text) {
        if (text == null || isPlain(text)) {
            return "";
        }
        try {
            if (Double.isFinite(Double.parseDouble(text.trim().replace("_", "")))) {
                return " (write numbers in plain decimal or scientific notation, e.g. 0.01 or 1e-2)";
            }
        } catch (NumberFormatException e) {
            // not number-like at all: no hint
        }
        return "";
    }
}
