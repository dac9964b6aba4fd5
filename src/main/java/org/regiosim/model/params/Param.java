package org.regiosim.model.params;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One model parameter: its dotted scenario key, type, default, allowed range, unit and meaning.
 * Defined once in {@link ParameterSchema}; the scenario loader, the {@code --set} option, the GUI
 * inspector and the generated parameter table all read this single definition.
 */
public final class Param {

    /** The value kinds a scenario may give. */
    public enum Type { REAL, INTEGER, BOOLEAN, TEXT, CHOICE_LIST }

    private final String key;
    private final Type type;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final String unit;
    private final String description;
    private final List<String> choices;
    private final TextRule textRule;
    /** For TEXT values with a canonical form (a policy mix, a schedule): that form; else null. */
    private final UnaryOperator<String> canonicalForm;

    /** A rule for TEXT values: returns a description of the problem, or null if the value is fine. */
    @FunctionalInterface
    public interface TextRule {
        String problemWith(String value);
    }

    Param(String key, Type type, Object defaultValue, double min, double max, String unit,
          String description, List<String> choices, TextRule textRule,
          UnaryOperator<String> canonicalForm) {
        this.textRule = textRule;
        this.canonicalForm = canonicalForm;
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.description = description;
        this.choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public String key() { return key; }
    public Type type() { return type; }
    public Object defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public String unit() { return unit; }
    public String description() { return description; }
    /** For {@link Type#CHOICE_LIST}: the names each element may take. */
    public List<String> choices() { return choices; }

    /** For {@link Type#TEXT}: the problem with a value, or null when it is acceptable. */
    public String textProblem(String value) {
        return textRule == null ? null : textRule.problemWith(value);
    }

    /**
     * For {@link Type#TEXT}: the value in its canonical form, so that one setting is recorded
     * one way however it was typed (the value must have passed {@link #textProblem}).
     */
    public String canonical(String value) {
        return canonicalForm == null ? value : canonicalForm.apply(value);
    }

    /** Human-readable allowed values, used in error messages and docs. */
    public String allowed() {
        return switch (type) {
            case REAL -> "a number from " + fmt(min) + " to " + fmt(max);
            case INTEGER -> "a whole number from " + fmt(min) + " to " + fmt(max);
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case CHOICE_LIST -> "a comma-separated list of: " + String.join(", ", choices);
        };
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() { return key; }
}
