package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/**
 * The end of a project, on hand-made projects in a region where nothing else innovates (no
 * opportunities, no start-ups or spin-offs) and every project succeeds: which kind of innovation
 * each counts as (docs/ODD.md 7.4) and which count as cooperative.
 */
class InnovationKindsTest {

    private static RegioSim quiet(double radicalProbability) {
        Parameters p = TestRegions.small(0.002).with(ParameterSchema.OPPORTUNITY_RATE, 0.0)
                .with(ParameterSchema.SUCCESS_MIN, 1.0).with(ParameterSchema.SUCCESS_MAX, 1.0)
                .with(ParameterSchema.RADICAL_PROBABILITY, radicalProbability)
                .with(ParameterSchema.PROJECT_DURATION, 1L).with(ParameterSchema.STARTUP_RATE, 0.0)
                .with(ParameterSchema.SPINOFF_RATE, 0.0);
        RegioSim sim = new RegioSim(6, p, TestRegions.ruhr());
        sim.start();
        return sim;
    }

    /** A firm outside the population holding exactly the given technologies. */
    private static Firm firm(RegioSim sim, int id, LeadMarket market, int... techs) {
        Knowledge k = new Knowledge(6);
        for (int t : techs) {
            k.learn(t, 0.8, 8);
        }
        return new Firm(2_000_000 + id, sim.municipalities().get(0), market, 5, 1.0, k, 1e7, 0.0, 0.5, new TrustLedger(4),
                0.5, 0, null);
    }

    /** Runs the quarter in which projects started now end (duration 1) and returns its row. */
    private static StepMetrics endOfProjects(RegioSim sim) {
        sim.schedule.step(sim); // quarter 0
        sim.schedule.step(sim); // quarter 1: they end
        return sim.history().get(1);
    }

    @Test
    void whatEveryoneHeldIsIncrementalAndAFirmPairCountsAsCooperative() {
        RegioSim sim = quiet(0.0);
        TechnologySpace space = sim.technologies();
        int h1 = space.initialTechnology(LeadMarket.HEALTH.ordinal(), 0);
        int h2 = space.initialTechnology(LeadMarket.HEALTH.ordinal(), 1);
        Firm a = firm(sim, 1, LeadMarket.HEALTH, h1, h2);
        Firm b = firm(sim, 2, LeadMarket.HEALTH, h1, h2);
        Firm solo = firm(sim, 3, LeadMarket.HEALTH, h1, h2);
        sim.projects.startCooperation(sim, a, new PartnerSearch.Result(b, 0.0, 0.5, 0.5, 0.5));
        sim.projects.startSolo(sim, solo, false, 0.0);
        StepMetrics m = endOfProjects(sim);
        assertThat(m.get(Metric.INNOVATIONS)).isEqualTo(2.0);
        assertThat(m.get(Metric.INCREMENTAL_INNOVATIONS)).isEqualTo(2.0);
        assertThat(m.get(Metric.RADICAL_INNOVATIONS)).isZero();
        assertThat(m.get(Metric.META_INNOVATIONS)).isZero();
        assertThat(m.get(Metric.COOPERATIVE_INNOVATIONS)).as("the pair's, not the solo project's").isEqualTo(1.0);
    }

    @Test
    void aTechnologyNewToTheFirmIsRadical() {
        RegioSim sim = quiet(1.0); // every solo project is radical research: a technology the firm does not hold
        TechnologySpace space = sim.technologies();
        Firm solo = firm(sim, 4, LeadMarket.MOBILITY, space.initialTechnology(LeadMarket.MOBILITY.ordinal(), 0),
                space.initialTechnology(LeadMarket.MOBILITY.ordinal(), 1));
        sim.projects.startSolo(sim, solo, false, 0.0);
        StepMetrics m = endOfProjects(sim);
        assertThat(m.get(Metric.RADICAL_INNOVATIONS)).isEqualTo(1.0);
        assertThat(m.get(Metric.INCREMENTAL_INNOVATIONS) + m.get(Metric.META_INNOVATIONS)).isZero();
        assertThat(m.get(Metric.COOPERATIVE_INNOVATIONS)).isZero();
    }

    @Test
    void firmsOfTwoMarketsJoiningUnconnectedFieldsMakeAMetaInnovationAndANewTechnology() {
        RegioSim sim = quiet(0.0);
        TechnologySpace space = sim.technologies();
        int health = space.initialTechnology(LeadMarket.HEALTH.ordinal(), 2);
        int mobility = space.initialTechnology(LeadMarket.MOBILITY.ordinal(), 2);
        assertThat(space.isConnected(health, mobility)).isFalse();
        Firm a = firm(sim, 5, LeadMarket.HEALTH, health);
        Firm b = firm(sim, 6, LeadMarket.MOBILITY, mobility);
        int technologiesBefore = space.count();
        sim.projects.startCooperation(sim, a, new PartnerSearch.Result(b, 0.0, 0.5, 0.5, 0.5));
        StepMetrics m = endOfProjects(sim);
        assertThat(m.get(Metric.META_INNOVATIONS)).isEqualTo(1.0);
        assertThat(m.get(Metric.INNOVATIONS)).isEqualTo(1.0);
        assertThat(m.get(Metric.COOPERATIVE_INNOVATIONS)).isEqualTo(1.0);
        assertThat(space.count()).isEqualTo(technologiesBefore + 1);
        assertThat(space.isConnected(health, mobility)).isTrue();
    }
}
