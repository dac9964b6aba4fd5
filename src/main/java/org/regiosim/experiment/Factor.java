package org.regiosim.experiment;

import java.util.ArrayList;
import java.util.List;

import org.regiosim.model.params.Param;

/**
 * One parameter a sweep varies: either a list of values, or a numeric range from min to max
 * (with {@code levels} evenly spaced values for a full factorial design). Integer parameters take
 * whole values only.
 */
public record Factor(Param param, List<Object> values, double min, double max, int levels) {

    public static Factor list(Param p, List<Object> values) {
        return new Factor(p, List.copyOf(values), Double.NaN, Double.NaN, values.size());
    }

    public static Factor range(Param p, double min, double max, int levels) {
        return new Factor(p, null, min, max, levels);
    }

    public boolean isRange() {
        return values == null;
    }

    public boolean isInteger() {
        return param.type() == Param.Type.INTEGER;
    }

    public String key() {
        return param.key();
    }

    /**
     * The value at a position u in [0, 1) of the unit interval: for a list, value number
     * floor(u x count); for a real range min + u x (max - min); for an integer range each whole
     * number from min to max gets an equal share of the interval.
     */
    public Object at(double u) {
        double v = Math.min(Math.max(u, 0), Math.nextDown(1.0));
        if (!isRange()) {
            return values.get((int) Math.floor(v * values.size()));
        }
        if (isInteger()) {
            long lo = (long) Math.ceil(min);
            long hi = (long) Math.floor(max);
            return Math.min(hi, lo + (long) Math.floor(v * (hi - lo + 1)));
        }
        return min + v * (max - min);
    }

    /** The values of a full factorial design: the list, or {@code levels} evenly spaced values from min to max. */
    public List<Object> levelValues() {
        if (!isRange()) {
            return values;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            double x = levels == 1 ? min : min + (max - min) * i / (levels - 1);
            Object v = isInteger() ? (Object) Math.round(x) : (Object) x;
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** How the factor is described in metadata. */
    public String describe() {
        if (!isRange()) {
            return param.key() + " in " + values;
        }
        return param.key() + " from " + min + " to " + max + (levels > 0 ? " (" + levels + " levels)" : "");
    }
}
