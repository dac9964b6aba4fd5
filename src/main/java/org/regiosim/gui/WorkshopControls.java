package org.regiosim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.regiosim.model.params.Param;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.model.policy.PolicySchedule;

import sim.util.Interval;
import sim.util.Properties;

/**
 * The model inspector's controls, as MASON properties: a drop-down per run for the policy now
 * (switched live: the room watches the intervention), a drop-down for the policy each run starts
 * with, and sliders for the parameters that matter in a workshop. Model parameters are copied
 * into the model when a run starts, so every slider takes effect at the next start (Stop, then
 * Play); its name says so and its tooltip gives the meaning and unit from the parameter schema.
 */
public final class WorkshopControls extends Properties {

    /** What the controls act on (the GUI). */
    public interface Host {
        /** Labels of the runs: one, or two in a comparison ("A", "B"). */
        List<String> runLabels();

        /** The policy a run follows now, or null when no run is going. */
        PolicyMix livePolicy(int run);

        /** Switches a running run's policy now. */
        void switchPolicy(int run, PolicyMix mix);
    }

    /** The policies offered in the drop-downs (a scenario's own mix is added if it is not here). */
    public static final List<String> POLICY_CHOICES = List.of("none", "brokerage", "cofunding", "trust_building",
            "smart_specialisation", "platform", "brokerage,cofunding", "brokerage,trust_building,platform");

    /**
     * The workshop sliders: parameter, slider minimum and maximum, short name, what follows the
     * value in its label (its unit, or what the number means), and (if not 0) a factor: the
     * slider then reaches at least that many times the scenario's value, so that the room can
     * raise a value the scenario already sets near the fixed maximum.
     */
    record Slider(Param param, double min, double max, String name, String unit, double timesScenario) {
        Slider(Param param, double min, double max, String name, String unit) {
            this(param, min, max, name, unit, 0);
        }
    }

    static final List<Slider> SLIDERS = List.of(
            new Slider(ParameterSchema.INITIAL_TRUST, 0, 1, "Trust at start", "(0..1)"),
            new Slider(ParameterSchema.TRUST_LOSS, 0, 1, "Trust lost after a betrayal", "(share of the trust, 0..1)"),
            new Slider(ParameterSchema.OPPORTUNISM_MAX, 0, 0.5, "Opportunism of firms, max",
                    "(probability per quarter of defecting from a partner not trusted at all)"),
            new Slider(ParameterSchema.SEARCH_COST, 0, 6_000, "Search cost per candidate", "EUR"),
            new Slider(ParameterSchema.NEGOTIATION_COST, 0, 30_000, "Negotiation cost per agreement", "EUR (at zero trust)"),
            new Slider(ParameterSchema.MONITORING_COST, 0, 12_000, "Monitoring cost per quarter",
                    "EUR per partner and quarter (at zero trust)"),
            new Slider(ParameterSchema.TRUST_DISCOUNT, 0, 1, "Cost saved by full trust",
                    "(share of negotiation and monitoring cost, 0..1)"),
            new Slider(ParameterSchema.INITIAL_PROPENSITY, 0.01, 0.99, "Firms' propensity to cooperate at start", "(probability)"),
            new Slider(ParameterSchema.JOINT_MULTIPLIER, 0, 4, "Joint marketing multiplier",
                    "(times the start-ups a euro spent alone attracts)"),
            new Slider(ParameterSchema.SOLO_MULTIPLIER, 1, 4, "Solo acquisition multiplier (rivalry of municipalities)",
                    "(times what a euro of a municipality not campaigning wins; 1: no rivalry)"),
            new Slider(ParameterSchema.AGENCY_BUDGET, 0, 10_000_000, "Agency budget",
                    "EUR per quarter at full scale (times the scale)", 3),
            new Slider(ParameterSchema.COFUNDING_RATE, 0, 1, "Co-funding rate", "(share of a joint project's costs, 0..1)"),
            new Slider(ParameterSchema.SCALE, 0.005, 1.0, "Scale", "(share of the region's firms; 0.01 is 1%)"));

    private final Host host;
    private final List<String> choices;
    /** The choices in canonical form (as PolicyMix.toString gives them), for comparisons. */
    private final List<String> canonical;
    private final Parameters initial;
    private Parameters next;
    /** The parameters the last run started with (the scenario's before the first start). */
    private Parameters started;
    private final String[] startPolicies;
    private final String[] domain;

    /**
     * @param startPolicies the policy each run starts with (one per run label)
     */
    public WorkshopControls(Host host, Parameters scenarioParameters, List<String> startPolicies) {
        this.host = host;
        this.initial = scenarioParameters;
        this.next = scenarioParameters;
        this.started = scenarioParameters;
        this.startPolicies = startPolicies.toArray(new String[0]);
        List<String> c = new ArrayList<>(POLICY_CHOICES);
        if (scenarioParameters.list(ParameterSchema.FOCUS_MARKETS).isEmpty()) {
            // Without focus markets these policies would do nothing: not offered, rather than a
            // switch the room sees no effect of (a scenario that names them itself is refused).
            c.removeIf(p -> PolicyMix.parse(p).actsInFocusMarkets());
        }
        List<String> k = new ArrayList<>();
        for (String p : c) {
            k.add(PolicyMix.parse(p).toString());
        }
        // The scenario's own policies (at start and scheduled switches) are offered too.
        List<String> own = new ArrayList<>(startPolicies);
        String changes = PolicySchedule.parse(scenarioParameters.text(ParameterSchema.POLICY_CHANGES)).toString();
        for (String part : changes.isEmpty() ? new String[0] : changes.split(";")) {
            own.add(part.substring(part.indexOf(':') + 1));
        }
        for (String p : own) {
            String form = PolicyMix.parse(p).toString();
            if (!k.contains(form)) {
                c.add(form);
                k.add(form);
            }
        }
        this.choices = List.copyOf(c);
        this.canonical = List.copyOf(k);
        // The drop-downs show each policy as the room reads it; choices() keeps the keys.
        this.domain = choices.stream().map(PolicyNames::readable).toArray(String[]::new);
        this.object = this;
    }

    /** The parameters for the next start: the scenario's, with the sliders' changes. */
    public Parameters nextParameters() { return next; }

    /** A run starts with {@link #nextParameters()}: its slider changes are no longer waiting. */
    void started() { started = next; }

    /** The policy a run starts with at the next start. */
    public String startPolicy(int run) { return startPolicies[run]; }

    public List<String> choices() { return choices; }

    /**
     * The sliders set away from the scenario for the next start, e.g. "Trust at start 0.4 instead
     * of 0.25 (0..1)"; empty if none. Named as on the sliders, amounts with thousands separators.
     */
    public String changesFromScenario() {
        List<String> changed = new java.util.ArrayList<>();
        for (Slider s : SLIDERS) {
            if (!initial.get(s.param()).equals(next.get(s.param()))) {
                changed.add(s.name() + " " + grouped(next.real(s.param())) + " instead of "
                        + grouped(initial.real(s.param())) + " " + s.unit());
            }
        }
        return String.join(", ", changed);
    }

    /**
     * A number as {@link #plain} writes it, with thousands separators (10,000,000): for labels
     * and summaries only. A slider's own text box keeps {@link #plain}: MASON places the knob
     * from that text with Double.parseDouble.
     */
    static String grouped(double v) {
        String p = plain(v);
        int dot = p.indexOf('.');
        return Style.grouped(v, dot < 0 ? 0 : p.length() - dot - 1);
    }

    /** Slider changes since the last start, waiting for the next one. */
    public int pendingChanges() {
        int n = 0;
        for (Slider s : SLIDERS) {
            if (!started.get(s.param()).equals(next.get(s.param()))) {
                n++;
            }
        }
        return n;
    }

    private int runs() { return host.runLabels().size(); }

    /** The slider's maximum for this scenario. */
    double max(Slider s) {
        return s.timesScenario() > 0 ? Math.max(s.max(), s.timesScenario() * initial.real(s.param())) : s.max();
    }

    /**
     * Numbers as a person writes them: 10000000, not 1.0E7; 0.25, not 0.25000000000000006 (six
     * significant digits besides the integer part). What this gives, {@link #setValue} reads back.
     */
    @Override
    public String betterToString(Object o) {
        if (o instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return plain(d);
        }
        return super.betterToString(o);
    }

    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(
                Math.max(1, 6 + (int) Math.max(0, Math.floor(Math.log10(Math.abs(v))) + 1))));
        // No thousands separators: MASON places a slider's knob from this text with
        // Double.parseDouble, which "10,000,000" would leave where it was.
        return b.stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a slider's number as {@link #plain} writes it, also with thousands separators, whatever
     * the machine's locale (MASON would parse it with the default locale: on a German machine
     * "10,000,000" read as 10). The inspector passes text; everything else as MASON does.
     */
    @Override
    public Object setValue(int index, String value) {
        if (index > 2 * runs() && index < numProperties() && value != null) {
            String text = value.strip().replace("_", "");
            // A comma only as a thousands separator (10,000,000); "0,25", a decimal comma, is refused
            // rather than read as 25.
            if (text.indexOf(',') >= 0 && !text.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                refused = "'" + value.strip() + "' not read: decimals with a point, e.g. "
                        + text.replace(',', '.');
                return null; // MASON beeps and keeps the old value
            }
            try {
                Object set = setValue(index, (Object) Double.valueOf(text.replace(",", "")));
                refused = null;
                return set;
            } catch (NumberFormatException e) {
                refused = "'" + value.strip() + "' not read: a number, e.g. 0.6 or 10,000,000";
                return null;
            }
        }
        return super.setValue(index, value);
    }

    /**
     * Why the last number typed into a slider's box was not taken, shown in the status line (a
     * beep alone tells the room nothing; a German-speaking room types "0,6"); null once a number
     * was taken.
     */
    private String refused;

    // Layout of the properties: [status] [policy now per run] [policy at start per run] [sliders]
    @Override
    public int numProperties() { return 1 + 2 * runs() + SLIDERS.size(); }

    /**
     * The set of properties never changes (their values do: the inspector is refreshed each
     * quarter). Volatile properties would make MASON rebuild every widget each quarter, which
     * closes an open drop-down and resets a slider being dragged.
     */
    @Override
    public boolean isVolatile() { return false; }

    private String runName(int r) {
        return runs() == 1 ? "" : " of run " + host.runLabels().get(r);
    }

    @Override
    public String getName(int i) {
        int n = runs();
        if (i == 0) {
            return "Slider changes waiting";
        }
        if (i <= n) {
            return "Policy" + runName(i - 1) + " NOW (live)";
        }
        if (i <= 2 * n) {
            return "Policy" + runName(i - 1 - n) + " at start (next run)";
        }
        // The value with separators and its unit: the slider's box beside it keeps plain digits.
        Slider s = SLIDERS.get(i - 1 - 2 * n);
        return s.name() + " (next run): " + grouped(next.real(s.param())) + " " + s.unit();
    }

    @Override
    public String getDescription(int i) {
        int n = runs();
        if (i == 0) {
            return "Slider changes take effect when a run starts: press Stop, then Play.";
        }
        if (i <= n) {
            return "Switches the development agency's policy at once, while the model runs: the charts mark the quarter. "
                    + "While no run is going (before Play, after Stop or the run's end) it shows and sets the policy "
                    + "the next run starts with, as 'at start' does.";
        }
        if (i <= 2 * n) {
            return "The policy this run starts with at the next start (Stop, then Play).";
        }
        Slider s = SLIDERS.get(i - 1 - 2 * n);
        Param p = s.param();
        return "<html><b>" + s.name() + "</b> " + s.unit() + ": " + p.description()
                + "<br><b>Takes effect at the next start (Stop, then Play).</b>"
                + "<br><i>Scenario key (for --set): " + p.key() + "</i></html>";
    }

    @Override
    public Class<?> getType(int i) {
        if (i == 0) {
            return String.class;
        }
        return i <= 2 * runs() ? int.class : double.class;
    }

    @Override
    public boolean isReadWrite(int i) { return i > 0; }

    @Override
    public Object getDomain(int i) {
        if (i == 0) {
            return null;
        }
        if (i <= 2 * runs()) {
            return domain;
        }
        Slider s = SLIDERS.get(i - 1 - 2 * runs());
        return new Interval(s.min(), max(s));
    }

    @Override
    public Object getValue(int i) {
        int n = runs();
        if (i == 0) {
            int k = pendingChanges();
            // While a run goes they wait for Stop, then Play; once it is stopped, for Play alone.
            String when = runs() > 0 && host.livePolicy(0) == null ? "when you press Play" : "when you press Stop, then Play";
            String waiting = k == 0 ? "none" : k + " (they act " + when + ")";
            return refused == null ? waiting : waiting + "; " + refused;
        }
        if (i <= n) {
            PolicyMix live = host.livePolicy(i - 1);
            return indexOf(live == null ? startPolicies[i - 1] : live.toString());
        }
        if (i <= 2 * n) {
            return indexOf(startPolicies[i - 1 - n]);
        }
        return next.real(SLIDERS.get(i - 1 - 2 * n).param());
    }

    /** Index of a policy in the drop-down, -1 (nothing selected) if it is not offered. */
    int indexOf(String policy) {
        return canonical.indexOf(PolicyMix.parse(policy).toString());
    }

    @Override
    protected Object _setValue(int i, Object value) {
        int n = runs();
        try {
            if (i >= 1 && i <= n) {
                int k = ((Number) value).intValue();
                PolicyMix mix = PolicyMix.parse(choices.get(k));
                PolicyMix live = host.livePolicy(i - 1);
                if (live == null) {
                    startPolicies[i - 1] = choices.get(k); // no run going: it applies from the start
                } else if (!mix.toString().equals(live.toString())) {
                    // A choice of the policy already running (Enter on the list, a click on the
                    // selected item) is no switch: nothing to mark or to record in the minutes.
                    host.switchPolicy(i - 1, mix);
                }
                return k;
            }
            if (i > n && i <= 2 * n) {
                int k = ((Number) value).intValue();
                startPolicies[i - 1 - n] = choices.get(k);
                return k;
            }
            if (i > 2 * n && i < numProperties()) {
                Slider s = SLIDERS.get(i - 1 - 2 * n);
                double v = ((Number) value).doubleValue();
                v = Math.max(s.min(), Math.min(max(s), v));
                if (s.param().type() == Param.Type.INTEGER) {
                    next = next.with(s.param(), Math.round(v));
                } else {
                    next = next.with(s.param(), v);
                }
                return next.real(s.param());
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null; // MASON beeps and keeps the old value
        }
        return null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Workshop controls (%d pending)", pendingChanges());
    }
}
