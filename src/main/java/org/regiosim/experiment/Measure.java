package org.regiosim.experiment;

import java.util.Locale;

import org.regiosim.model.Metric;

/**
 * How a run's time series of one metric is reduced to one number per run.
 * <ul>
 * <li>{@link #FINAL}: the value in the last quarter of the run.</li>
 * <li>{@link #TOTAL}: the sum over all quarters, for flow metrics (unit "... per quarter"), e.g.
 * all innovations of the run in innovations, all transaction costs in EUR; for a ratio of flows
 * (transaction costs per innovation) the ratio of the run's totals, all costs over all
 * innovations, in which every quarter counts (a mean of the quarters' ratios leaves out the
 * costs of quarters without innovations).</li>
 * <li>{@link #AVERAGE}: the mean over the quarters in which the value is available; for level
 * metrics and ratios (shares, trust, stocks), where a sum has no meaning.</li>
 * </ul>
 */
public enum Measure {
    FINAL, TOTAL, AVERAGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure fromKey(String key) {
        for (Measure m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** Flow metrics are counted or paid per quarter, so that they add up over a run. */
    public static boolean isFlow(Metric m) {
        return m.unit().endsWith("per quarter");
    }

    /** A ratio of two flows (per innovation), whose total over a run is the ratio of the totals. */
    public static boolean isRatioOfFlows(Metric m) {
        return m.ratioDenominator() != null;
    }

    /** The measure that summarises the whole run: total for flows and ratios of flows, average otherwise. */
    public static Measure overRun(Metric m) {
        return isFlow(m) || isRatioOfFlows(m) ? TOTAL : AVERAGE;
    }

    /** Whether this measure is defined for the metric (no totals of levels or of shares). */
    public boolean appliesTo(Metric m) {
        return this != TOTAL || isFlow(m) || isRatioOfFlows(m);
    }

    /** The unit of the measure: a flow's total drops "per quarter"; a ratio's is "over the run". */
    public String unitOf(Metric m) {
        if (this == TOTAL && isRatioOfFlows(m)) {
            return m.unit() + " over the run (totals)";
        }
        if (this == TOTAL) {
            String u = m.unit();
            return u.substring(0, u.length() - " per quarter".length()) + " over the run";
        }
        return m.unit() + (this == AVERAGE ? " (mean over the quarters)" : " (last quarter)");
    }

    /** Column name of a metric under this measure, e.g. innovations_total. */
    public String column(Metric m) {
        return m.column() + "_" + key();
    }
}
