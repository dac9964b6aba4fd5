package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/**
 * Pattern-oriented validation (Grimm et al. 2005, Science 310:987): the qualitative patterns that
 * docs/ODD.md section 1 says the model reproduces, checked on whole runs of the baseline (no
 * policy, default parameters) at scale 0.05, seeds 11 to 13, 80 quarters, and where a pattern
 * names a cause, against the same seed with that cause switched off (common random numbers).
 *
 * <p>Every threshold was set from runs of seeds 1 to 10 (counterfactuals: seeds 1 to 6) at scale
 * 0.05, and checked at 0.02 and 0.1 (seeds 1 to 6, counterfactuals 1 to 4), not from the seeds
 * used here; each comment gives the measured range and the bound keeps a clear margin to it. Parts
 * of the patterns that the measurements did not support (cooperation growing only as trust builds
 * up; cooperation collapsing after betrayals) are not asserted: docs/ODD.md section 1 says what
 * was measured instead.
 */
class PatternsTest {

    private static final double SCALE = 0.05;
    private static final long[] SEEDS = {11, 12, 13};
    /** Quarters 60-79: the last five years. */
    private static final int LATE = 60;
    private static final int STEPS = 80;

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    /** What a test needs from one run, taken while the run is at hand. */
    private record Run(List<StepMetrics> history, int initialFirms, double initialLegacyShare, double finalLegacyShare,
                       int initialLegacyFirms, int finalLegacyFirms, int newcomers, double newcomerSearch,
                       int incumbents, double incumbentSearch, int institutionsAfterTenYears,
                       int ofThemAtTheEnd) {
    }

    private static Run run(String variant, Parameters p, long seed) {
        return RUNS.computeIfAbsent(variant + "/" + seed, k -> simulate(p, seed));
    }

    private static Run baseline(long seed) {
        return run("baseline", TestRegions.small(SCALE), seed);
    }

    private static Run simulate(Parameters p, long seed) {
        RegioSim sim = new RegioSim(seed, p, TestRegions.ruhr());
        sim.start();
        int initialFirms = sim.population().size();
        int initialLegacy = legacyFirms(sim);
        Set<Integer> afterTenYears = new HashSet<>();
        for (int i = 0; i < STEPS; i++) {
            sim.schedule.step(sim);
            if (i == STEPS / 2 - 1) {
                sim.institutions().all().forEach(inst -> afterTenYears.add(inst.id()));
            }
        }
        int ofThem = (int) sim.institutions().all().stream().filter(inst -> afterTenYears.contains(inst.id())).count();
        int finalLegacy = legacyFirms(sim);
        // After the run (mean trust in ties about 0.6): the search cost a search would cost now,
        // for idle firms founded in the last year that remember no one and belong to no
        // institution (newcomers), and for idle firms that remember at least three partners.
        // The probe draws from the run's generator, after the run's history is complete.
        double newcomer = 0;
        double incumbent = 0;
        int newcomers = 0;
        int incumbents = 0;
        for (int i = 0; i < sim.population().size(); i++) {
            Firm f = sim.population().get(i);
            if (f.isBusy()) {
                continue;
            }
            if (f.bornStep >= STEPS - 4 && f.ties().size() == 0 && f.institution() == null && newcomers < 200) {
                newcomer += sim.partnerSearch.findPartner(sim, f).searchCost();
                newcomers++;
            } else if (f.ties().size() >= 3 && incumbents < 200) {
                incumbent += sim.partnerSearch.findPartner(sim, f).searchCost();
                incumbents++;
            }
        }
        return new Run(List.copyOf(sim.history()), initialFirms, (double) initialLegacy / initialFirms,
                (double) finalLegacy / sim.population().size(), initialLegacy, finalLegacy,
                newcomers, newcomer / newcomers, incumbents, incumbent / incumbents, afterTenYears.size(), ofThem);
    }

    private static int legacyFirms(RegioSim sim) {
        int n = 0;
        for (LeadMarket m : LeadMarket.values()) {
            if (m.isLegacy()) {
                n += sim.population().sizeInMarket(m.ordinal());
            }
        }
        return n;
    }

    private static double mean(Run r, Metric m, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            double v = r.history().get(i).get(m);
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return s / n;
    }

    private static double sum(Run r, Metric m, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            double v = r.history().get(i).get(m);
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    /** The firms' transaction costs (without the municipalities' part) per cooperative innovation. */
    private static double firmCostsPerCooperativeInnovation(Run r, int from, int to) {
        return (sum(r, Metric.TRANSACTION_COSTS, from, to) - sum(r, Metric.MUNICIPAL_TRANSACTION_COSTS, from, to))
                / sum(r, Metric.COOPERATIVE_INNOVATIONS, from, to);
    }

    // ------------------------------------------------------------------ pattern 1

    /**
     * ODD pattern 1, first half: cooperation is rare at the start and grows while trust builds up.
     * Firms' cooperation rate in year 1 against the last five years: 0.285-0.309 and 0.406-0.425
     * (a rise of 0.10 to 0.13; 0.08 to 0.12 at scale 0.02, 0.11 to 0.13 at 0.1); mean trust
     * 0.30-0.32 and 0.59-0.61. Bounds: a rise of at least 0.05 in cooperation and 0.15 in trust.
     * Not asserted: that cooperation grows *only* as trust builds up. With trust frozen
     * (trust.gain = trust.success_gain = 0) it rises almost as much (to 0.39-0.41); the rise comes
     * from learning (with learning off it stays at 0.30).
     */
    @Test
    void cooperationIsRareAtFirstAndGrowsWhileTrustBuildsUp() {
        for (long seed : SEEDS) {
            Run r = baseline(seed);
            double first = mean(r, Metric.COOPERATION_RATE_FIRMS, 0, 4);
            double late = mean(r, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS);
            assertThat(first).as("seed %d: firms' cooperation rate in year 1", seed).isLessThan(0.35);
            assertThat(late - first).as("seed %d: rise of firms' cooperation rate, year 1 to years 16-20", seed)
                    .isGreaterThan(0.05);
            assertThat(mean(r, Metric.MEAN_TRUST, LATE, STEPS) - mean(r, Metric.MEAN_TRUST, 0, 4))
                    .as("seed %d: rise of mean trust, year 1 to years 16-20", seed).isGreaterThan(0.15);
        }
    }

    /**
     * ODD pattern 1, second half, in the form the measurements support: betrayals hold cooperation
     * back. With firms.opportunism_max 0.5 instead of 0.1, firms' cooperation rate in the last five
     * years is 0.359-0.370 against 0.408-0.421 for the same seed (0.041 to 0.056 lower; 0.044 to
     * 0.084 at scale 0.02, 0.040 to 0.054 at 0.1). Bound: at least 0.02 lower. It does not collapse:
     * with opportunism_max 0.5 it still rises from year 1 to years 16-20, by 0.041 to 0.070 (seeds 1
     * to 6; bound 0.02), and at opportunism_max 1 as well (to about 0.35; not asserted).
     */
    @Test
    void betrayalsHoldCooperationBack() {
        for (long seed : SEEDS) {
            Run base = baseline(seed);
            Run opportunist = run("opportunism", TestRegions.small(SCALE).with(ParameterSchema.OPPORTUNISM_MAX, 0.5), seed);
            assertThat(mean(opportunist, Metric.DEFECTIONS, LATE, STEPS))
                    .as("seed %d: more defections", seed).isGreaterThan(mean(base, Metric.DEFECTIONS, LATE, STEPS));
            assertThat(mean(base, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS)
                    - mean(opportunist, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS))
                    .as("seed %d: cooperation rate in years 16-20, baseline minus opportunism_max 0.5", seed)
                    .isGreaterThan(0.02);
            assertThat(mean(opportunist, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS)
                    - mean(opportunist, Metric.COOPERATION_RATE_FIRMS, 0, 4))
                    .as("seed %d: with opportunism_max 0.5, rise from year 1 to years 16-20: no collapse", seed)
                    .isGreaterThan(0.02);
        }
    }

    /**
     * ODD pattern 1, what drives the rise: learning, not trust. With trust frozen at its initial
     * level (trust.gain = trust.success_gain = 0) firms' cooperation rate still rises from year 1
     * to years 16-20, by 0.083 to 0.123 (seeds 1 to 6; bound 0.05), against 0.10 to 0.13 in the
     * baseline. With learning switched off (learning.imitation_share 0, learning.recency 0,
     * learning.payoff_scale 1e9: propensities stay where they start) it stays at
     * firms.initial_propensity 0.3: 0.296 to 0.302 in years 16-20, changed by -0.008 to +0.001 from
     * year 1 (seeds 1 to 6; bound: within 0.02).
     */
    @Test
    void cooperationRisesThroughLearningNotOnlyThroughTrust() {
        Parameters frozen = TestRegions.small(SCALE).with(ParameterSchema.TRUST_GAIN, 0.0)
                .with(ParameterSchema.TRUST_SUCCESS_GAIN, 0.0);
        Parameters noLearning = TestRegions.small(SCALE).with(ParameterSchema.IMITATION_SHARE, 0.0)
                .with(ParameterSchema.RECENCY, 0.0).with(ParameterSchema.PAYOFF_SCALE, 1e9);
        for (long seed : SEEDS) {
            Run noTrust = run("frozen-trust", frozen, seed);
            double rise = mean(noTrust, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS)
                    - mean(noTrust, Metric.COOPERATION_RATE_FIRMS, 0, 4);
            Run fixed = run("no-learning", noLearning, seed);
            double drift = mean(fixed, Metric.COOPERATION_RATE_FIRMS, LATE, STEPS)
                    - mean(fixed, Metric.COOPERATION_RATE_FIRMS, 0, 4);
            assertThat(rise).as("seed %d: rise with trust frozen", seed).isGreaterThan(0.05);
            assertThat(Math.abs(drift)).as("seed %d: change without learning", seed).isLessThan(0.02);
        }
    }

    // ------------------------------------------------------------------ pattern 2

    /**
     * ODD pattern 2, first half: once trust exists, cooperation costs less in transaction costs per
     * result. Against the same seed with trust frozen at its initial level (trust.gain =
     * trust.success_gain = 0; mean trust 0.23 instead of 0.60 in the last five years):
     * monitoring costs per running cooperation 3,317-3,418 EUR against 4,924-4,990 (ratio
     * 0.665-0.680; 0.66-0.69 at scale 0.02, 0.68-0.71 at 0.1; bound 0.85), and the firms' transaction costs per cooperative innovation
     * 86,000-89,500 EUR against 109,700-121,500 (ratio 0.72-0.82; 0.74-0.84 at scale 0.02,
     * 0.72-0.79 at 0.1; bound 0.9). Within the baseline run, these costs per cooperative innovation
     * fall from years 3-5 to years 16-20 by a ratio of 0.53-0.64 (0.43-0.66 at scale 0.02, 0.57-0.66
     * at 0.1; bound 0.8); part of that fall
     * does not come from trust (remembered partners are cheaper to screen, institutions give a
     * discount), hence the comparison with frozen trust.
     */
    @Test
    void trustLowersTransactionCostsPerCooperativeResult() {
        Parameters frozen = TestRegions.small(SCALE).with(ParameterSchema.TRUST_GAIN, 0.0)
                .with(ParameterSchema.TRUST_SUCCESS_GAIN, 0.0);
        for (long seed : SEEDS) {
            Run base = baseline(seed);
            Run noTrust = run("frozen-trust", frozen, seed);
            double monitoring = sum(base, Metric.MONITORING_COSTS, LATE, STEPS) / sum(base, Metric.ACTIVE_COOPERATIONS, LATE, STEPS);
            double monitoringFrozen = sum(noTrust, Metric.MONITORING_COSTS, LATE, STEPS)
                    / sum(noTrust, Metric.ACTIVE_COOPERATIONS, LATE, STEPS);
            assertThat(monitoring / monitoringFrozen).as("seed %d: monitoring per running cooperation, with / without trust growth", seed)
                    .isLessThan(0.85);
            double perResult = firmCostsPerCooperativeInnovation(base, LATE, STEPS);
            assertThat(perResult / firmCostsPerCooperativeInnovation(noTrust, LATE, STEPS))
                    .as("seed %d: firms' transaction costs per cooperative innovation, with / without trust growth", seed)
                    .isLessThan(0.9);
            assertThat(perResult / firmCostsPerCooperativeInnovation(base, 8, 20))
                    .as("seed %d: firms' transaction costs per cooperative innovation, years 16-20 / years 3-5", seed)
                    .isLessThan(0.8);
        }
    }

    /**
     * ODD pattern 2, second half: search costs stay a barrier for newcomers. At the end of the run,
     * when mean trust is about 0.6, a search by a firm founded in the last year that remembers no
     * one costs what every search cost at the start: the full price of the candidates screened
     * (5 x 1,500 EUR; measured 7,463-7,493, the rest being draws of the firm itself, which cost
     * nothing), while a firm that remembers three partners or more pays 5,496-6,091 (ratio
     * 1.23-1.36; 1.26-1.39 at scale 0.02, 1.28-1.35 at 0.1). Bounds: at least 95% of the full
     * price, and a ratio of at least 1.15. Screening a stranger costs the full price by design
     * (TransactionCosts.search has no trust term), so the first bound only guards that a newcomer
     * still screens all its candidates; the ratio is what shows the barrier.
     */
    @Test
    void searchCostsStayABarrierForNewcomers() {
        Parameters p = TestRegions.small(SCALE);
        double fullPrice = p.intValue(ParameterSchema.MAX_CANDIDATES) * p.real(ParameterSchema.SEARCH_COST);
        for (long seed : SEEDS) {
            Run r = baseline(seed);
            assertThat(mean(r, Metric.MEAN_TRUST, STEPS - 4, STEPS)).as("seed %d: trust has built up", seed).isGreaterThan(0.5);
            assertThat(r.newcomers()).as("seed %d: newcomers probed", seed).isGreaterThanOrEqualTo(50);
            assertThat(r.incumbents()).as("seed %d: incumbents probed", seed).isGreaterThanOrEqualTo(50);
            assertThat(r.newcomerSearch()).as("seed %d: a newcomer's search", seed).isGreaterThan(0.95 * fullPrice);
            assertThat(r.newcomerSearch() / r.incumbentSearch()).as("seed %d: newcomer's / incumbent's search", seed)
                    .isGreaterThan(1.15);
        }
    }

    // ------------------------------------------------------------------ pattern 3

    /**
     * ODD pattern 3, first half: cooperations across lead markets produce meta-innovations, which
     * raise the success of later projects (through the spillover bonus, innovation.meta_bonus).
     * Meta-innovations per half of the run: 36-68 (bound 10; at scale 0.02 there are 13-33).
     * Against the same seed with innovation.meta_bonus 0: innovations in years 11-20 are 1.21-1.29
     * times as many (1.07-1.13 at scale 0.02, 1.26-1.36 at 0.1; bound 1.1), in years 2-3, when
     * few meta-innovations exist yet, 1.01-1.07 times: the ratio grows by 0.17-0.26 (0.07-0.12
     * at 0.02, 0.17-0.26 at 0.1; bound 0.08), the effect is on later projects.
     */
    @Test
    void metaInnovationsRaiseTheSuccessOfLaterProjects() {
        Parameters noBonus = TestRegions.small(SCALE).with(ParameterSchema.META_BONUS, 0.0);
        for (long seed : SEEDS) {
            Run base = baseline(seed);
            Run without = run("no-meta-bonus", noBonus, seed);
            assertThat(sum(base, Metric.META_INNOVATIONS, 0, STEPS / 2)).as("seed %d: meta-innovations, years 1-10", seed)
                    .isGreaterThanOrEqualTo(10);
            assertThat(sum(base, Metric.META_INNOVATIONS, STEPS / 2, STEPS)).as("seed %d: meta-innovations, years 11-20", seed)
                    .isGreaterThanOrEqualTo(10);
            double early = sum(base, Metric.INNOVATIONS, 4, 12) / sum(without, Metric.INNOVATIONS, 4, 12);
            double late = sum(base, Metric.INNOVATIONS, STEPS / 2, STEPS) / sum(without, Metric.INNOVATIONS, STEPS / 2, STEPS);
            assertThat(late).as("seed %d: innovations in years 11-20, with / without the meta bonus", seed).isGreaterThan(1.1);
            assertThat(late - early).as("seed %d: that ratio, years 11-20 minus years 2-3", seed).isGreaterThan(0.08);
        }
    }

    /**
     * ODD pattern 3, second half: repeated joint success turns into lasting networks. Social
     * innovations (new networks and municipal associations) summed over the run: 242-309 (bound
     * 50). Of the institutions that exist after ten years (46-73), 64-90% still exist at the end
     * (62-83% at scale 0.02, 72-80% at 0.1; bound 50%); a network dissolves when its members exit
     * down to one, and most are pairs. The count at the end is 85-91% of all formed over the run
     * (84-95% at 0.02, 85-89% at 0.1; bound 75%) and larger than after ten years.
     */
    @Test
    void repeatedJointSuccessTurnsIntoLastingNetworks() {
        for (long seed : SEEDS) {
            Run r = baseline(seed);
            double formed = sum(r, Metric.SOCIAL_INNOVATIONS, 0, STEPS);
            double existing = r.history().get(STEPS - 1).get(Metric.INSTITUTIONS);
            assertThat(formed).as("seed %d: social innovations over the run", seed).isGreaterThanOrEqualTo(50);
            assertThat((double) r.ofThemAtTheEnd() / r.institutionsAfterTenYears())
                    .as("seed %d: share of the institutions of year 10 still existing at the end", seed).isGreaterThan(0.5);
            assertThat(existing / formed).as("seed %d: institutions at the end / formed over the run", seed).isGreaterThan(0.75);
            assertThat(existing).as("seed %d: institutions at the end against after ten years", seed)
                    .isGreaterThan(r.history().get(STEPS / 2 - 1).get(Metric.INSTITUTIONS));
        }
    }

    // ------------------------------------------------------------------ pattern 4

    /**
     * ODD pattern 4: legacy industries shrink; exits when capital runs out, entry by start-ups and
     * spin-offs; start-ups first outnumber exits, then a shake-out, then exits fall and start-ups
     * rise. Measured over seeds 1-10 at scale 0.05 (7,750 initial firms): the coal and steel firms'
     * share falls to 0.57-0.69 of its initial value (bound 0.8); firms at the end of year 2 are
     * 1.05-1.06 times the initial count (bound 1.02); exits peak in year 4 in every seed (also at
     * 0.02 and 0.1; bound: years 3 to 5); the firm count is lowest in quarters 28-35 (27-40 at
     * 0.02 and 0.1; bound 20-44) at 0.77-0.82 of the initial count (bound 0.9); exits a year in
     * the last five years are 0.29-0.33 of the peak (bound 0.5); start-ups a year in the last
     * five years are 1.27-1.41 times those of year 1 (bound 1.15); spin-offs 20-49 over the run
     * (bound 5); the count still grows in the last four years (by 5-8%, bound 2%). The levels
     * depend on the scale (docs/ODD.md section 1), so none is asserted.
     */
    @Test
    void legacyIndustriesShrinkAndTheFirmCountGoesThroughAShakeOut() {
        for (long seed : SEEDS) {
            Run r = baseline(seed);
            List<StepMetrics> h = r.history();
            assertThat(r.finalLegacyShare() / r.initialLegacyShare()).as("seed %d: legacy share, end / start", seed)
                    .isLessThan(0.8);
            assertThat(r.finalLegacyFirms()).as("seed %d: legacy firms", seed).isLessThan(r.initialLegacyFirms());
            assertThat(h.get(7).get(Metric.FIRMS)).as("seed %d: firms after two years", seed)
                    .isGreaterThan(1.02 * r.initialFirms());
            int peakYear = 0;
            double peakExits = -1;
            for (int y = 0; y < STEPS / 4; y++) {
                double exits = sum(r, Metric.EXITS, 4 * y, 4 * y + 4);
                if (exits > peakExits) {
                    peakExits = exits;
                    peakYear = y + 1;
                }
            }
            assertThat(peakYear).as("seed %d: the year with most exits", seed).isBetween(3, 5);
            int troughStep = 0;
            for (int i = 1; i < STEPS; i++) {
                if (h.get(i).get(Metric.FIRMS) < h.get(troughStep).get(Metric.FIRMS)) {
                    troughStep = i;
                }
            }
            assertThat(troughStep).as("seed %d: the quarter with fewest firms", seed).isBetween(20, 44);
            assertThat(h.get(troughStep).get(Metric.FIRMS)).as("seed %d: fewest firms", seed)
                    .isLessThan(0.9 * r.initialFirms());
            assertThat(sum(r, Metric.EXITS, LATE, STEPS) / 5).as("seed %d: exits a year in years 16-20", seed)
                    .isLessThan(0.5 * peakExits);
            assertThat(sum(r, Metric.STARTUPS, LATE, STEPS) / 5).as("seed %d: start-ups a year in years 16-20", seed)
                    .isGreaterThan(1.15 * sum(r, Metric.STARTUPS, 0, 4));
            assertThat(sum(r, Metric.SPINOFFS, 0, STEPS)).as("seed %d: spin-offs", seed).isGreaterThanOrEqualTo(5);
            assertThat(h.get(STEPS - 1).get(Metric.FIRMS)).as("seed %d: firms at the end against four years earlier", seed)
                    .isGreaterThan(1.02 * h.get(STEPS - 17).get(Metric.FIRMS));
        }
    }
}
