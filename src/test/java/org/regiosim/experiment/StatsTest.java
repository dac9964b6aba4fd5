package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Statistics against values published by SciPy 1.17 (scipy.stats) and worked out by hand. */
class StatsTest {

    static final double[] A = {12.1, 14.3, 13.8, 15.2, 11.9, 14.8, 13.3, 12.7};
    static final double[] B = {10.2, 11.8, 12.5, 10.9, 11.1, 12.9, 10.4};

    @Test
    void summaryMatchesScipyAndRType7Quantiles() {
        Stats.Summary s = Stats.summarise(A);
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.mean()).isCloseTo(13.5125, within(1e-12));
        assertThat(s.sd()).isCloseTo(1.2252550754842848, within(1e-12));
        // numpy.percentile (linear, = R type 7): 12.55, 13.55, 14.425
        assertThat(s.q1()).isCloseTo(12.55, within(1e-12));
        assertThat(s.median()).isCloseTo(13.55, within(1e-12));
        assertThat(s.q3()).isCloseTo(14.425, within(1e-12));
        // t(0.975, 7) * sd / sqrt(8) = 1.024338877437853
        assertThat(s.ciHigh() - s.mean()).isCloseTo(1.024338877437853, within(1e-9));
        assertThat(s.mean() - s.ciLow()).isCloseTo(1.024338877437853, within(1e-9));
    }

    @Test
    void summarySkipsMissingValues() {
        Stats.Summary s = Stats.summarise(new double[] {1, Double.NaN, 3});
        assertThat(s.n()).isEqualTo(2);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(2.0);
        Stats.Summary one = Stats.summarise(new double[] {5});
        assertThat(one.sd()).isNaN();
        assertThat(one.ciLow()).isNaN();
    }

    @Test
    void comparisonMatchesScipyWelchMannWhitneyAndHedges() {
        Stats.Comparison c = Stats.compare(A, B); // arm B against baseline A
        assertThat(c.difference()).isCloseTo(Stats.mean(B) - Stats.mean(A), within(1e-12));
        // scipy.stats.ttest_ind(B, A, equal_var=False): p = 0.0030979185569680076, CI (-3.3724, -0.8526)
        assertThat(c.welchP()).isCloseTo(0.0030979185569680076, within(1e-9));
        assertThat(c.diffLow()).isCloseTo(-3.372362131385489, within(1e-8));
        assertThat(c.diffHigh()).isCloseTo(-0.8526378686145053, within(1e-8));
        // scipy.stats.mannwhitneyu(B, A, method='asymptotic', use_continuity=False): 0.007773956552267307
        assertThat(c.mannWhitneyP()).isCloseTo(0.007773956552267307, within(1e-9));
        // pooled-SD Hedges' g computed with numpy: -1.7433464572730661
        assertThat(c.hedgesG()).isCloseTo(-1.7433464572730661, within(1e-9));
    }

    @Test
    void mannWhitneyCorrectsForTiesAndTreatsRoundingNoiseAsATie() {
        // scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=False), tie-corrected
        assertThat(Stats.mannWhitneyP(new double[] {3, 3, 4, 5, 5, 5, 6}, new double[] {1, 2, 3, 3, 3, 4}))
                .isCloseTo(0.021762874556983152, within(1e-12));
        // 0.4999999999999999 is an average equal to 0.5 summed in another order: scipy on the
        // rounded values gives 0.05160860594587912
        assertThat(Stats.mannWhitneyP(new double[] {0.4999999999999999, 0.25, 0.25, 0.0, 0.5, 0.25},
                new double[] {0.5, 0.5, 0.25, 0.75, 1.0, 0.5})).isCloseTo(0.05160860594587912, within(1e-12));
        assertThat(Stats.mannWhitneyP(new double[] {2, 2}, new double[] {2, 2, 2})).isEqualTo(1.0);
    }

    @Test
    void identicalConstantSamplesGiveNoTestRatherThanAFakeP() {
        Stats.Comparison c = Stats.compare(new double[] {3, 3, 3}, new double[] {3, 3, 3});
        assertThat(c.difference()).isZero();
        assertThat(c.welchP()).isNaN();
        assertThat(c.hedgesG()).isNaN();
    }

    @Test
    void pairedComparisonMatchesScipy() {
        double[] base = {12.1, 14.3, 13.8, 15.2, 11.9, 14.8, 13.3, Double.NaN};
        double[] arm = {10.2, 11.8, 12.5, 10.9, 11.1, 12.9, 10.4, 9.0};
        Stats.Paired p = Stats.paired(base, arm); // the NaN pair is left out
        // scipy.stats.ttest_rel(arm, base): p = 0.002162501894563489, CI (-3.292096168197105, -1.1650466889457525)
        assertThat(p.n()).isEqualTo(7);
        assertThat(p.meanDifference()).isCloseTo(-2.2285714285714286, within(1e-12));
        assertThat(p.p()).isCloseTo(0.002162501894563489, within(1e-9));
        assertThat(p.low()).isCloseTo(-3.292096168197105, within(1e-8));
        assertThat(p.high()).isCloseTo(-1.1650466889457525, within(1e-8));
        // the same difference in every pair: no test
        assertThat(Stats.paired(new double[] {1, 2, 3}, new double[] {2, 3, 4}).p()).isNaN();
    }

    @Test
    void roundingNoiseIsNotVariation() {
        double tiny = 500000 - 1e-10; // a constant summed from fractions
        Stats.Comparison c = Stats.compare(new double[] {0, 0, 0}, new double[] {500000, tiny, 500000});
        assertThat(c.hedgesG()).isNaN();
        assertThat(c.welchP()).isNaN();
        assertThat(Stats.summarise(new double[] {500000, tiny, 500000}).sd()).isZero();
        // one arm constant, the other varying: Welch with df = n - 1 of the varying arm
        Stats.Comparison d = Stats.compare(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4});
        // t = 1.5 / sqrt(1.6667 / 4) = 2.3238, df = 3: 2 * scipy.stats.t.sf(2.32379, 3) = 0.1027281
        assertThat(d.welchP()).isCloseTo(0.1027281, within(1e-6));
    }

    @Test
    void holmMatchesHandComputation() {
        // sorted 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> monotone 0.06
        double[] adj = Stats.holm(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adj).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
        double[] withNa = Stats.holm(new double[] {0.2, Double.NaN, 0.9});
        assertThat(withNa[0]).isCloseTo(0.4, within(1e-12));
        assertThat(withNa[1]).isNaN();
        assertThat(withNa[2]).isCloseTo(0.9, within(1e-12));
        assertThat(Stats.holm(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    }
}
