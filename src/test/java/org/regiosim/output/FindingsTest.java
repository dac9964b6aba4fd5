package org.regiosim.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regiosim.experiment.Measure;
import org.regiosim.experiment.PolicyComparison.TestRow;
import org.regiosim.experiment.Stats;
import org.regiosim.model.Metric;

class FindingsTest {

    static final Findings.Headline H = Findings.HEADLINES.get(0);
    static final Stats.Paired NO_PAIRS = new Stats.Paired(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static TestRow row(double welchHolm, double mwHolm) {
        Stats.Comparison c = new Stats.Comparison(100, 120, 20, 5, 35, welchHolm / 2, mwHolm / 2, 0.9);
        return new TestRow(null, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, c, welchHolm, mwHolm, false, NO_PAIRS, Double.NaN);
    }

    @Test
    void callsADifferenceSignificantOnlyBelowHolmAdjustedFivePercent() {
        assertThat(Findings.significant(row(0.049, 0.2))).isTrue();
        assertThat(Findings.significant(row(0.05, 0.01))).isFalse();
        assertThat(Findings.significant(row(Double.NaN, 0.01))).isFalse();
    }

    @Test
    void pValuesAreCutNotRoundedAcrossTheFivePercentLine() {
        assertThat(Html.p(0.0496)).isEqualTo("p = 0.0496");
        assertThat(Html.p(0.049999)).isEqualTo("p = 0.0499");
        assertThat(Html.p(0.05)).isEqualTo("p = 0.05");
        assertThat(Html.p(0.1234)).isEqualTo("p = 0.123");
        assertThat(Html.p(0.0004)).isEqualTo("p < 0.001");
    }

    @Test
    void wordingFollowsTheStatistics() {
        org.regiosim.experiment.Arm arm = new org.regiosim.experiment.Arm(1, "brokerage", null);
        Stats.Comparison c = new Stats.Comparison(100, 120, 20, 5, 35, 0.001, 0.2, 0.9);
        String sig = Findings.sentence(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, c, 0.003, 0.4, false, NO_PAIRS, Double.NaN), "none", H);
        assertThat(sig).contains("came out higher").contains("statistically significant").contains("+20.0%")
                .contains("does not confirm").contains("large");
        String not = Findings.sentence(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, c, 0.3, 0.4, false, NO_PAIRS, Double.NaN), "none", H);
        assertThat(not).contains("no statistically significant difference").doesNotContain("came out higher");
    }

    @Test
    void identicalArmsAndConstantDifferencesAreSaidAsSuch() {
        org.regiosim.experiment.Arm arm = new org.regiosim.experiment.Arm(1, "platform", null);
        Stats.Comparison same = new Stats.Comparison(100, 100, 0, -3, 3, 1, 1, 0);
        assertThat(Findings.sentence(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, same, 1, 1, true, NO_PAIRS, Double.NaN), "none", H))
                .contains("exactly the same value").doesNotContain("significant");
        double na = Double.NaN;
        Stats.Comparison constant = new Stats.Comparison(0, 5e6, 5e6, na, na, na, 1, na);
        assertThat(Findings.sentence(new TestRow(arm, Metric.AGENCY_SPENDING, Measure.TOTAL, 30, 30, constant, na, 1, false, NO_PAIRS, Double.NaN),
                "none", agencySpending())).contains("5.00 million EUR").contains("in every replication")
                .contains("Welch's test, which this report uses, does not apply");
        assertThat(Findings.glance(new TestRow(arm, Metric.AGENCY_SPENDING, Measure.TOTAL, 30, 30, constant, na, 1, false,
                NO_PAIRS, na), agencySpending())).isEqualTo("+5.00 million EUR (constant)");
        assertThat(Findings.glance(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, same, 1, 1, true,
                NO_PAIRS, na), H)).isEqualTo("same");
        // one baseline replication with a value: no test, but not because nothing varies
        Stats.Comparison oneValue = new Stats.Comparison(100, 80, -20, na, na, na, na, na);
        TestRow sparse = new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 1, 4, oneValue, na, na, false, NO_PAIRS, na);
        assertThat(Findings.glance(sparse, H)).isEqualTo("-20.0% (too few values)");
        assertThat(Findings.sentence(sparse, "none", H)).contains("only 4 and 1 replications have a value")
                .doesNotContain("every replication");
        Stats.Comparison up = new Stats.Comparison(100, 120, 20, 5, 35, 0.001, 0.2, 0.9);
        assertThat(Findings.glance(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, up, 0.003, 0.4, false,
                NO_PAIRS, na), H)).isEqualTo("+20.0% \u25B2");
        assertThat(Findings.glance(new TestRow(arm, Metric.INNOVATIONS, Measure.TOTAL, 30, 30, up, 0.3, 0.4, false,
                NO_PAIRS, na), H)).isEqualTo("n.s. (+20.0%)");
    }

    private static Findings.Headline agencySpending() {
        return Findings.HEADLINES.stream().filter(h -> h.metric() == Metric.AGENCY_SPENDING).findFirst().orElseThrow();
    }
}
