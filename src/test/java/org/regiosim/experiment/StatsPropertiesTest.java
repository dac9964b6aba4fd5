package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the statistics over random samples. */
class StatsPropertiesTest {

    static double[] arr(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 200)
    void summaryIsOrderedAndTheIntervalHoldsTheMean(
            @ForAll @Size(min = 2, max = 40) List<@DoubleRange(min = -1e6, max = 1e6) Double> xs) {
        Stats.Summary s = Stats.summarise(arr(xs));
        assertThat(s.min()).isLessThanOrEqualTo(s.q1());
        assertThat(s.q1()).isLessThanOrEqualTo(s.median());
        assertThat(s.median()).isLessThanOrEqualTo(s.q3());
        assertThat(s.q3()).isLessThanOrEqualTo(s.max());
        assertThat(s.sd()).isGreaterThanOrEqualTo(0);
        assertThat(s.ciLow()).isLessThanOrEqualTo(s.mean());
        assertThat(s.ciHigh()).isGreaterThanOrEqualTo(s.mean());
    }

    @Property(tries = 200)
    void holmNeverLowersAPValueAndKeepsTheOrder(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 1) Double> ps) {
        double[] p = arr(ps);
        double[] adj = Stats.holm(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adj[i]).isBetween(p[i], 1.0);
            for (int j = 0; j < p.length; j++) {
                if (p[i] < p[j]) {
                    assertThat(adj[i]).isLessThanOrEqualTo(adj[j]);
                }
            }
        }
    }

    @Property(tries = 100)
    void comparisonIsAntisymmetricAndPValuesAreProbabilities(
            @ForAll @Size(min = 3, max = 20) List<@DoubleRange(min = 0, max = 1000) Double> a,
            @ForAll @Size(min = 3, max = 20) List<@DoubleRange(min = 0, max = 1000) Double> b) {
        Stats.Comparison ab = Stats.compare(arr(a), arr(b));
        Stats.Comparison ba = Stats.compare(arr(b), arr(a));
        assertThat(ab.difference()).isCloseTo(-ba.difference(), org.assertj.core.api.Assertions.within(1e-9));
        if (!Double.isNaN(ab.welchP())) {
            assertThat(ab.welchP()).isBetween(0.0, 1.0).isCloseTo(ba.welchP(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(ab.diffLow()).isLessThanOrEqualTo(ab.difference());
            assertThat(ab.diffHigh()).isGreaterThanOrEqualTo(ab.difference());
        }
        assertThat(ab.mannWhitneyP()).isBetween(0.0, 1.0);
    }
}
