package org.regiosim.output;

import java.util.List;

import org.regiosim.experiment.Measure;
import org.regiosim.experiment.PolicyComparison;
import org.regiosim.experiment.Stats;
import org.regiosim.model.Metric;

/**
 * Plain-language statements generated from the test results. A difference is called significant
 * only when the Holm-adjusted Welch p-value is below 0.05; otherwise the text says that the
 * replications do not show a difference, and gives the interval that remains plausible.
 */
public final class Findings {

    public static final double ALPHA = 0.05;

    /** The outcomes the report discusses, each with the words used for it. */
    public record Headline(Metric metric, Measure measure, String words, String unit, double divisor) {
    }

    public static final List<Headline> HEADLINES = List.of(
            new Headline(Metric.INNOVATIONS, Measure.TOTAL, "innovations over the run", "innovations", 1),
            new Headline(Metric.TRANSACTION_COSTS, Measure.TOTAL, "transaction costs over the run", "EUR", 1),
            new Headline(Metric.TRANSACTION_COSTS_PER_INNOVATION, Measure.TOTAL,
                    "transaction costs per innovation over the run (all costs over all innovations)", "EUR per innovation", 1),
            new Headline(Metric.COSTS_PER_INNOVATION_WITH_AGENCY, Measure.TOTAL,
                    "transaction costs and the agency's spending per innovation over the run (every euro once; all "
                    + "costs over all innovations)", "EUR per innovation", 1),
            new Headline(Metric.COOPERATION_RATE, Measure.AVERAGE, "cooperation rate (mean over the quarters)",
                    "", 1),
            new Headline(Metric.MEAN_TRUST, Measure.FINAL, "mean trust (0..1) in the last quarter", "", 1),
            new Headline(Metric.META_INNOVATIONS, Measure.TOTAL, "meta-innovations over the run", "innovations", 1),
            new Headline(Metric.FIRMS, Measure.FINAL, "active firms in the last quarter", "firms", 1),
            new Headline(Metric.AGENCY_SPENDING, Measure.TOTAL, "agency spending over the run", "EUR", 1));

    private Findings() {
    }

    /** A short cell for the at-a-glance table: the relative difference, or why there is none. */
    public static String glance(PolicyComparison.TestRow t, Headline h) {
        Stats.Comparison c = t.c();
        if (t.identical()) {
            return "same";
        }
        if (Double.isNaN(c.difference())) {
            return "n/a";
        }
        String size = c.baselineMean() != 0 ? Html.percent(c.difference() / Math.abs(c.baselineMean()))
                : (c.difference() > 0 ? "+" : "") + Html.num(c.difference()) + (h.unit().isEmpty() ? "" : " " + h.unit());
        if (Double.isNaN(t.welchHolm())) {
            return size + (tooFewToTest(t) ? " (too few values)" : " (constant)");
        }
        return significant(t) ? size + (c.difference() > 0 ? " \u25B2" : " \u25BC") : "n.s. (" + size + ")";
    }

    /** A test needs at least two values in each arm. */
    private static boolean tooFewToTest(PolicyComparison.TestRow t) {
        return t.nArm() < 2 || t.nBaseline() < 2;
    }

    public static boolean significant(PolicyComparison.TestRow t) {
        return !Double.isNaN(t.welchHolm()) && t.welchHolm() < ALPHA;
    }

    /** Cohen's conventional labels for |g|. */
    public static String effectLabel(double g) {
        double a = Math.abs(g);
        if (Double.isNaN(a)) {
            return "not available";
        }
        return a < 0.2 ? "negligible" : a < 0.5 ? "small" : a < 0.8 ? "medium" : "large";
    }

    /** One sentence about one arm and one headline outcome. */
    public static String sentence(PolicyComparison.TestRow t, String baseline, Headline h) {
        Stats.Comparison c = t.c();
        String arm = "'" + t.arm().label() + "'";
        String base = "'" + baseline + "'";
        String unit = h.unit().isEmpty() ? "" : " " + h.unit();
        if (t.identical()) {
            return "For " + h.words() + ", " + arm + " gave exactly the same value as " + base + " in every replication "
                    + "(same seeds): in these runs the arms did not differ on this outcome at all.";
        }
        if (Double.isNaN(c.difference())) {
            return "For " + h.words() + ", " + arm + " and " + base + " cannot be compared: the value is not available in "
                    + "enough replications.";
        }
        String rel = c.baselineMean() != 0
                ? " (" + Html.percent(c.difference() / Math.abs(c.baselineMean())) + ")" : "";
        String ci = Double.isNaN(c.diffLow()) ? ""
                : "; 95% CI of the difference " + Html.num(c.diffLow()) + " to " + Html.num(c.diffHigh()) + unit;
        if (Double.isNaN(t.welchHolm())) {
            if (tooFewToTest(t)) {
                return "For " + h.words() + ", " + arm + " differs from " + base + " by " + Html.num(c.difference())
                        + unit + rel + ", but only " + t.nArm() + " and " + t.nBaseline() + " replications have a "
                        + "value: too few to test.";
            }
            if (Double.isNaN(c.diffLow()) && c.difference() != 0) {
                // no variation in either arm: the difference is the same in every replication
                return "For " + h.words() + ", " + arm + " differs from " + base + " by " + Html.num(c.difference())
                        + unit + rel + " in every replication: the value does not vary between replications, so "
                        + "Welch's test, which this report uses, does not apply; the difference is certain in this "
                        + "simulation, not a matter of chance (tests.csv's Mann-Whitney p-value then only says that "
                        + "the arms never overlap).";
            }
            return "For " + h.words() + ", " + arm + " differs from " + base + " by " + Html.num(c.difference()) + unit
                    + rel + ", but no test was possible.";
        }
        if (significant(t)) {
            String dir = c.difference() > 0 ? "higher" : "lower";
            String mw = t.mannWhitneyHolm() < ALPHA ? "the Mann-Whitney test agrees (Holm-adjusted "
                    + Html.p(t.mannWhitneyHolm()) + ")"
                    : "the Mann-Whitney test does not confirm it (Holm-adjusted " + Html.p(t.mannWhitneyHolm()) + ")";
            return "Under " + arm + ", " + h.words() + " came out " + dir + " than under " + base + ": "
                    + Html.num(c.armMean()) + " against " + Html.num(c.baselineMean()) + unit + ", a difference of "
                    + Html.num(c.difference()) + unit + rel + ci + ". The difference is statistically significant "
                    + "(Welch t-test, Holm-adjusted " + Html.p(t.welchHolm()) + "); " + mw + ". Effect size: Hedges' g = "
                    + Html.num(t.c().hedgesG()) + " (" + effectLabel(t.c().hedgesG()) + ").";
        }
        String pairedNote = "";
        if (t.paired() != null && !Double.isNaN(t.pairedHolm()) && t.pairedHolm() < ALPHA) {
            pairedNote = " The paired t-test, which compares the replications seed by seed, does detect a difference "
                    + "(mean paired difference " + Html.num(t.paired().meanDifference()) + unit + ", 95% CI "
                    + Html.num(t.paired().low()) + " to " + Html.num(t.paired().high()) + unit + "; Holm-adjusted "
                    + Html.p(t.pairedHolm()) + "); the Welch rule this report uses is the more conservative one.";
        }
        return "For " + h.words() + ", the replications show no statistically significant difference between " + arm
                + " and " + base + " (difference " + Html.num(c.difference()) + unit + rel + ci
                + "; Welch t-test, Holm-adjusted " + Html.p(t.welchHolm()) + "). This does not prove the arms equal: "
                + "differences inside the interval remain plausible." + pairedNote;
    }
}
