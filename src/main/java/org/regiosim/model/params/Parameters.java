package org.regiosim.model.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiosim.model.LeadMarket;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.model.policy.PolicySchedule;

/**
 * An immutable, fully resolved and validated set of parameter values: every parameter of
 * {@link ParameterSchema} has a value (its default unless set). Changing a value gives a new set.
 */
public final class Parameters {

    private final Map<Param, Object> values;

    private Parameters(Map<Param, Object> values) {
        this.values = values;
    }

    /** All parameters at their defaults. */
    public static Parameters defaults() {
        Map<Param, Object> v = new LinkedHashMap<>();
        for (Param p : ParameterSchema.all()) {
            v.put(p, p.defaultValue());
        }
        return new Parameters(Collections.unmodifiableMap(v));
    }

    /**
     * A copy with one value changed. The raw value may be a number, boolean, string or list (as
     * YAML or the command line give it); it is converted and checked against the parameter's type
     * and range.
     *
     * @throws IllegalArgumentException with a message saying what is allowed
     */
    public Parameters with(Param p, Object raw) {
        Object value = coerce(p, raw);
        Map<Param, Object> v = new LinkedHashMap<>(values);
        v.put(p, value);
        return new Parameters(Collections.unmodifiableMap(v));
    }

    public double real(Param p) {
        Object v = values.get(p);
        return v instanceof Long l ? l.doubleValue() : (Double) v;
    }

    public long integer(Param p) {
        return (Long) values.get(p);
    }

    public int intValue(Param p) {
        return Math.toIntExact((Long) values.get(p));
    }

    public String text(Param p) {
        return (String) values.get(p);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(Param p) {
        return (List<String>) values.get(p);
    }

    public Object get(Param p) {
        return values.get(p);
    }

    /** Values by key, in schema order: for metadata and reports. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<Param, Object> e : values.entrySet()) {
            m.put(e.getKey().key(), e.getValue());
        }
        return m;
    }

    /** Market firm shares normalised to sum to one, by market ordinal. */
    public double[] normalisedMarketShares() {
        double[] shares = new double[LeadMarket.count()];
        double sum = 0;
        for (LeadMarket m : LeadMarket.values()) {
            shares[m.ordinal()] = real(ParameterSchema.marketShare(m));
            sum += shares[m.ordinal()];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    /**
     * Problems that involve more than one parameter, each as "key: message". Empty when the set
     * is consistent.
     */
    public List<String> crossProblems() {
        List<String> problems = new ArrayList<>();
        if (real(ParameterSchema.SUCCESS_MIN) > real(ParameterSchema.SUCCESS_MAX)) {
            problems.add("firms.success_min: must not exceed firms.success_max ("
                    + real(ParameterSchema.SUCCESS_MAX) + ")");
        }
        if (integer(ParameterSchema.KENE_MIN) > integer(ParameterSchema.KENE_MAX)) {
            problems.add("firms.kene_min: must not exceed firms.kene_max (" + integer(ParameterSchema.KENE_MAX) + ")");
        }
        if (integer(ParameterSchema.KENE_MAX) > integer(ParameterSchema.KENE_CAPACITY)) {
            problems.add("firms.kene_max: must not exceed firms.kene_capacity ("
                    + integer(ParameterSchema.KENE_CAPACITY) + ")");
        }
        PolicySchedule schedule = PolicySchedule.parse(text(ParameterSchema.POLICY_CHANGES));
        String focusPolicy = focusPolicy(schedule);
        if (focusPolicy != null && list(ParameterSchema.FOCUS_MARKETS).isEmpty()) {
            problems.add("agency.focus_markets: the list is empty, but the policy " + focusPolicy + " acts only in "
                    + "focus markets; name at least one of " + String.join(", ", ParameterSchema.FOCUS_MARKETS.choices()));
        }
        double sum = 0;
        for (LeadMarket m : LeadMarket.values()) {
            sum += real(ParameterSchema.marketShare(m));
        }
        if (sum <= 0) {
            problems.add("markets.<market>.firm_share: at least one market needs a share above 0");
        }
        return problems;
    }

    /**
     * Settings that are valid but probably not what was meant, each as "key: message". A policy
     * switch after the last step is one: it does not happen. It is not an error, since shortening
     * a run with a schedule (--steps 8 for a quick look) is common.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        PolicySchedule schedule = PolicySchedule.parse(text(ParameterSchema.POLICY_CHANGES));
        long steps = integer(ParameterSchema.STEPS);
        if (schedule.lastStep() >= steps) {
            notes.add("policy_changes: the switch at step " + schedule.lastStep() + " will not happen; a run of "
                    + steps + " steps has steps 0 to " + (steps - 1));
        }
        return notes;
    }

    /**
     * The first policy that acts during the run (the initial one unless a switch replaces it at
     * step 0, then the switches before the last step) and works only in focus markets, or null.
     */
    private String focusPolicy(PolicySchedule schedule) {
        List<PolicyMix> mixes = new ArrayList<>();
        if (schedule.changeAt(0) == null) {
            mixes.add(PolicyMix.parse(text(ParameterSchema.POLICY)));
        }
        mixes.addAll(schedule.policiesBefore((int) Math.min(Integer.MAX_VALUE, integer(ParameterSchema.STEPS))));
        for (PolicyMix mix : mixes) {
            if (mix.actsInFocusMarkets()) {
                return mix.toString();
            }
        }
        return null;
    }

    static Object coerce(Param p, Object raw) {
        if (raw == null) {
            throw new IllegalArgumentException("no value given; expected " + p.allowed());
        }
        switch (p.type()) {
            case REAL -> {
                double d = toDouble(p, raw);
                checkRange(p, d, raw);
                return d;
            }
            case INTEGER -> {
                double d = toDouble(p, raw);
                if (d != Math.rint(d)) {
                    throw new IllegalArgumentException("expected " + p.allowed() + ", got " + describe(raw));
                }
                checkRange(p, d, raw);
                return (long) d;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                String s = raw.toString().trim().toLowerCase(Locale.ROOT);
                if (s.equals("true") || s.equals("false")) {
                    return Boolean.parseBoolean(s);
                }
                throw new IllegalArgumentException("expected true or false, got " + describe(raw));
            }
            case TEXT -> {
                if (raw instanceof Map || raw instanceof List) {
                    throw new IllegalArgumentException("expected text, got a " + (raw instanceof Map ? "mapping" : "list"));
                }
                String s = raw.toString().trim();
                String problem = p.textProblem(s);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
                return p.canonical(s);
            }
            case CHOICE_LIST -> {
                List<String> items = new ArrayList<>();
                if (raw instanceof List<?> list) {
                    for (Object o : list) {
                        items.add(String.valueOf(o).trim());
                    }
                } else {
                    String s = raw.toString().trim();
                    if (!s.isEmpty()) {
                        for (String part : s.split(",")) {
                            items.add(part.trim());
                        }
                    }
                }
                for (String item : items) {
                    if (!p.choices().contains(item)) {
                        throw new IllegalArgumentException("'" + item + "' is not allowed; expected " + p.allowed()
                                + Suggest.nearestHint(item, p.choices()));
                    }
                }
                return List.copyOf(items);
            }
            default -> throw new IllegalStateException(p.type().toString());
        }
    }

    private static double toDouble(Param p, Object raw) {
        if (raw instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            Double d = PlainNumber.parse(s);
            if (d != null) {
                return d;
            }
            throw new IllegalArgumentException("expected " + p.allowed() + ", got " + describe(raw) + PlainNumber.hint(s));
        }
        throw new IllegalArgumentException("expected " + p.allowed() + ", got " + describe(raw));
    }

    /** Out of range: the message shows the value as it was given (rounding could make it look allowed). */
    private static void checkRange(Param p, double d, Object raw) {
        if (!(d >= p.min() && d <= p.max())) {
            String given = raw instanceof String s ? s.trim() : String.valueOf(raw);
            throw new IllegalArgumentException("value " + given + " is out of range; expected " + p.allowed());
        }
    }

    private static String describe(Object raw) {
        if (raw instanceof Map) {
            return "a mapping";
        }
        if (raw instanceof List) {
            return "a list";
        }
        return "'" + raw + "'";
    }
}
