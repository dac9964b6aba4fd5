package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for any parameters: no NaN where a value must exist, no negative cost, counts add up, budgets hold. */
class InvariantsTest {

    private static final List<String> POLICIES = List.of("none", "brokerage", "cofunding", "trust_building",
            "smart_specialisation", "platform", "brokerage=0.3,cofunding=0.3,trust_building=0.4");

    @Provide
    Arbitrary<Parameters> parameters() {
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.001, 0.006).ofScale(5);
        Arbitrary<Double> opportunity = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<Double> opportunism = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<Double> trust = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<Double> searchCost = Arbitraries.doubles().between(0.0, 20_000.0);
        Arbitrary<String> policy = Arbitraries.of(POLICIES);
        Arbitrary<Integer> duration = Arbitraries.integers().between(1, 8);
        return Combinators.combine(scale, opportunity, opportunism, trust, searchCost, policy, duration)
                .as((s, o, op, t, c, pol, d) -> Parameters.defaults()
                        .with(ParameterSchema.SCALE, s).with(ParameterSchema.OPPORTUNITY_RATE, o)
                        .with(ParameterSchema.OPPORTUNISM_MAX, op).with(ParameterSchema.INITIAL_TRUST, t)
                        .with(ParameterSchema.SEARCH_COST, c).with(ParameterSchema.POLICY, pol)
                        .with(ParameterSchema.PROJECT_DURATION, (long) (int) d));
    }

    /**
     * Projects reuse the objects of ended ones (Project): every running project must be its own
     * participants' project, not yet ended, and no two running projects may share an object.
     */
    @Property(tries = 15)
    void everyRunningProjectBelongsToItsParticipants(@ForAll("parameters") Parameters p, @ForAll long seed) {
        RegioSim sim = new RegioSim(seed, p, TestRegions.ruhr());
        sim.start();
        for (int i = 0; i < 16; i++) {
            sim.schedule.step(sim);
            java.util.Set<Long> serials = new java.util.HashSet<>();
            List<Agent> agents = new java.util.ArrayList<>(sim.municipalities());
            for (int f = 0; f < sim.population().size(); f++) {
                agents.add(sim.population().get(f));
            }
            for (Agent a : agents) {
                Project running = a.project();
                if (running == null) {
                    continue;
                }
                assertThat(running.ended).as("a running project of %s", a).isFalse();
                assertThat(running.lead() == a || running.partner() == a).as("%s is in its project", a).isTrue();
                // currentStep() is now the next quarter; a project ending then is finished in it
                assertThat(running.endStep()).as("ends after the quarter just run")
                        .isGreaterThanOrEqualTo(sim.currentStep());
                assertThat(running.startStep()).as("started by the quarter just run").isLessThan(sim.currentStep());
                if (running.lead() == a) {
                    assertThat(serials.add(running.serial())).as("serial %d once", running.serial()).isTrue();
                }
            }
            for (Project c : sim.runningCooperations()) {
                assertThat(c.lead().project()).isSameAs(c);
                if (!(c.partner() instanceof University)) {
                    assertThat(c.partner().project()).isSameAs(c);
                }
            }
        }
    }

    @Property(tries = 40)
    void indicatorsAreConsistent(@ForAll("parameters") Parameters p, @ForAll long seed) {
        RegioSim sim = TestRegions.run(p, seed, 16);
        double budget = p.real(ParameterSchema.AGENCY_BUDGET) * p.real(ParameterSchema.SCALE);
        double firms = Math.round(p.integer(ParameterSchema.FIRMS) * p.real(ParameterSchema.SCALE));
        for (StepMetrics m : sim.history()) {
            for (Metric metric : Metric.values()) {
                if (!nullable(metric)) {
                    assertThat(m.get(metric)).as(metric.column()).isNotNaN().isGreaterThanOrEqualTo(0.0);
                }
            }
            assertThat(m.get(Metric.TRANSACTION_COSTS)).isCloseTo(m.get(Metric.SEARCH_COSTS)
                    + m.get(Metric.NEGOTIATION_COSTS) + m.get(Metric.MONITORING_COSTS), within(1e-6));
            assertThat(m.get(Metric.MUNICIPAL_TRANSACTION_COSTS)).isLessThanOrEqualTo(m.get(Metric.TRANSACTION_COSTS) + 1e-6);
            assertThat(m.get(Metric.INNOVATIONS)).isEqualTo(m.get(Metric.INCREMENTAL_INNOVATIONS)
                    + m.get(Metric.RADICAL_INNOVATIONS) + m.get(Metric.META_INNOVATIONS));
            assertThat(m.get(Metric.COOPERATIVE_INNOVATIONS)).isLessThanOrEqualTo(m.get(Metric.INNOVATIONS));
            for (Metric rate : List.of(Metric.COOPERATION_RATE, Metric.COOPERATION_RATE_FIRMS,
                    Metric.COOPERATION_RATE_UNIVERSITIES, Metric.COOPERATION_RATE_MUNICIPALITIES, Metric.MEAN_TRUST)) {
                double v = m.get(rate);
                if (!Double.isNaN(v)) {
                    assertThat(v).as(rate.column()).isBetween(0.0, 1.0);
                }
            }
            assertThat(m.get(Metric.AGENCY_SPENDING)).isLessThanOrEqualTo(budget + 1e-6);
            if (m.get(Metric.INNOVATIONS) > 0) {
                assertThat(m.get(Metric.TRANSACTION_COSTS_PER_INNOVATION)).isCloseTo(
                        m.get(Metric.TRANSACTION_COSTS) / m.get(Metric.INNOVATIONS), within(1e-9));
            } else {
                assertThat(m.get(Metric.TRANSACTION_COSTS_PER_INNOVATION)).isNaN();
            }
            // all decisions' rate is a weighted mean of the kinds' rates: between the lowest and the highest
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (Metric kind : List.of(Metric.COOPERATION_RATE_FIRMS, Metric.COOPERATION_RATE_UNIVERSITIES,
                    Metric.COOPERATION_RATE_MUNICIPALITIES)) {
                if (!Double.isNaN(m.get(kind))) {
                    lo = Math.min(lo, m.get(kind));
                    hi = Math.max(hi, m.get(kind));
                }
            }
            if (!Double.isNaN(m.get(Metric.COOPERATION_RATE))) {
                assertThat(m.get(Metric.COOPERATION_RATE)).isBetween(lo - 1e-12, hi + 1e-12);
            }
            // every euro of the agency's in exactly one of the three parts; the part on transaction costs inside them
            assertThat(m.get(Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS) + m.get(Metric.AGENCY_SPENDING_ON_PROJECTS)
                    + m.get(Metric.MODERATION_COSTS)).isCloseTo(m.get(Metric.AGENCY_SPENDING), within(1e-6));
            assertThat(m.get(Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS))
                    .isLessThanOrEqualTo(m.get(Metric.TRANSACTION_COSTS) + 1e-6);
            assertThat(m.get(Metric.AGENCY_SPENDING_ON_PROJECTS)).isLessThanOrEqualTo(m.get(Metric.PROJECT_COSTS) + 1e-6);
            if (m.get(Metric.INNOVATIONS) > 0) {
                assertThat(m.get(Metric.COSTS_PER_INNOVATION_WITH_AGENCY)).isCloseTo(
                        (m.get(Metric.TRANSACTION_COSTS) + m.get(Metric.AGENCY_SPENDING)
                                - m.get(Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS)) / m.get(Metric.INNOVATIONS),
                        within(1e-6));
            } else {
                assertThat(m.get(Metric.COSTS_PER_INNOVATION_WITH_AGENCY)).isNaN();
            }
            firms += m.get(Metric.STARTUPS) + m.get(Metric.SPINOFFS) - m.get(Metric.EXITS);
            assertThat(m.get(Metric.FIRMS)).isEqualTo(firms);
        }
        assertThat(sim.population().size()).isEqualTo((int) firms);
        assertThat(sim.latest().get(Metric.MEAN_TRUST)).isCloseTo(recomputedMeanTrust(sim), within(1e-7));
    }

    /**
     * Every numeric parameter at each end of its allowed range (one at a time, at a small scale)
     * runs and keeps the invariants: a value the loader accepts must not crash a run or give
     * NaN or negative counts. Scale and steps are left out (their maxima only make a run long).
     */
    @net.jqwik.api.Example
    void everyParameterAtEachEndOfItsRangeRuns() {
        // every policy arm active, so that the agency's parameters are used too
        Parameters base = TestRegions.small(0.002).with(ParameterSchema.POLICY,
                "brokerage=0.2,cofunding=0.2,trust_building=0.2,smart_specialisation=0.2,platform=0.2");
        int runs = 0;
        for (org.regiosim.model.params.Param p : ParameterSchema.all()) {
            if (p == ParameterSchema.SCALE || p == ParameterSchema.STEPS
                    || (p.type() != org.regiosim.model.params.Param.Type.REAL
                    && p.type() != org.regiosim.model.params.Param.Type.INTEGER)) {
                continue;
            }
            for (double v : new double[] {p.min(), p.max()}) {
                Object value = p.type() == org.regiosim.model.params.Param.Type.INTEGER ? (Object) (long) v : (Object) v;
                Parameters params = base.with(p, value);
                if (!params.crossProblems().isEmpty()) {
                    continue; // refused when loaded (e.g. firms.kene_min above firms.kene_max)
                }
                String what = p.key() + " = " + value;
                RegioSim sim;
                try {
                    sim = TestRegions.run(params, 3, 8);
                } catch (RuntimeException e) {
                    throw new AssertionError(what + ": the run failed", e);
                }
                runs++;
                for (StepMetrics m : sim.history()) {
                    for (Metric metric : Metric.values()) {
                        if (!nullable(metric)) {
                            assertThat(m.get(metric)).as(what + ": " + metric.column()).isNotNaN().isGreaterThanOrEqualTo(0.0);
                        }
                    }
                }
            }
        }
        assertThat(runs).isGreaterThan(100);
    }

    /**
     * The largest median firm size with the longest tail that the loader accepts: about one draw
     * in a thousand would exceed an int. Sizes stay between 1 and the cap, capital and every
     * indicator stay numbers (an overflowed size once made a firm's project scale NaN, and the
     * NaN spread through the agency's budget into the costs).
     */
    @net.jqwik.api.Example
    void theLargestFirmSizesStayNumbers() {
        Parameters p = TestRegions.small(0.02).with(ParameterSchema.EMPLOYEES_MEDIAN, 10_000.0)
                .with(ParameterSchema.EMPLOYEES_SIGMA, 4.0).with(ParameterSchema.POLICY, "cofunding");
        RegioSim sim = TestRegions.run(p, 5, 12);
        int capped = 0;
        for (int i = 0; i < sim.population().size(); i++) {
            Firm f = sim.population().get(i);
            assertThat(f.employees()).isBetween(1, RegioSim.MAX_EMPLOYEES);
            assertThat(f.capital()).isFinite();
            assertThat(f.cooperationProbability()).isBetween(0.0, 1.0);
            capped += f.employees() == RegioSim.MAX_EMPLOYEES ? 1 : 0;
        }
        assertThat(capped).as("firms at the cap (a quarter of the draws lie above it)").isGreaterThan(100);
        for (StepMetrics m : sim.history()) {
            for (Metric metric : Metric.values()) {
                if (!nullable(metric)) {
                    assertThat(m.get(metric)).as(metric.column()).isNotNaN();
                }
            }
        }
    }

    /** The region's mean trust by a full pass over every agent's ties (the model keeps it incrementally). */
    private static double recomputedMeanTrust(RegioSim sim) {
        double sum = 0;
        long n = 0;
        List<Agent> agents = new java.util.ArrayList<>();
        for (int i = 0; i < sim.population().size(); i++) {
            agents.add(sim.population().get(i));
        }
        agents.addAll(sim.universities());
        agents.addAll(sim.municipalities());
        for (Agent a : agents) {
            for (int k = 0; k < a.ties().size(); k++) {
                sum += a.ties().trust(k);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static boolean nullable(Metric m) {
        return switch (m) {
            case TRANSACTION_COSTS_PER_INNOVATION, COSTS_PER_INNOVATION_WITH_AGENCY, COOPERATION_RATE, COOPERATION_RATE_FIRMS,
                 COOPERATION_RATE_UNIVERSITIES, COOPERATION_RATE_MUNICIPALITIES, MEAN_TRUST -> true;
            default -> false;
        };
    }
}
