package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;

/** Hand-made cooperations inside a small model: defection and honoured quarters. */
class CooperationMechanismTest {

    private static RegioSim started() {
        RegioSim sim = new RegioSim(4, TestRegions.small(0.002), TestRegions.ruhr());
        sim.start();
        return sim;
    }

    private static Firm firm(RegioSim sim, int id, double opportunism) {
        Municipality home = sim.municipalities().get(0);
        Knowledge k = new Knowledge(6);
        k.learn(id % 100, 0.5, 5);
        k.learn(100 + id % 10, 0.5, 5);
        return new Firm(1_000_000 + id, home, LeadMarket.HEALTH, 5, 1.0, k, 1e7, opportunism, 0.5, new TrustLedger(4), 0.0, 0, null);
    }

    @Test
    void anOpportunistWithoutTrustDefectsAndTheVictimsTrustFalls() {
        RegioSim sim = started();
        Firm lead = firm(sim, 1, 0.0);
        Firm cheat = firm(sim, 2, 1.0); // defects for sure at zero trust
        sim.projects.startCooperation(sim, lead, new PartnerSearch.Result(cheat, 0.0, 0.5, 0.0, 0.5));
        double trustBefore = lead.ties.trustIn(cheat, -1);
        sim.schedule.step(sim); // quarter 0: the project starts, nothing to monitor yet
        sim.schedule.step(sim); // quarter 1: first monitored quarter
        assertThat(lead.isBusy()).isFalse();
        assertThat(cheat.isBusy()).isFalse();
        assertThat(lead.ties.trustIn(cheat, -1)).isLessThan(trustBefore * 0.5);
        assertThat(sim.history().get(1).get(Metric.DEFECTIONS)).isGreaterThanOrEqualTo(1);
        // the defector walks off with one of the victim's capabilities (1 or 101) at half its ability (0.5)
        boolean took1 = cheat.knowledge.holds(1);
        boolean took101 = cheat.knowledge.holds(101);
        assertThat(took1 ^ took101).as("exactly one of the victim's capabilities").isTrue();
        int taken = cheat.knowledge.indexOf(took1 ? 1 : 101);
        assertThat(cheat.knowledge.ability(taken)).isCloseTo(0.25, within(1e-6));
        assertThat(lead.knowledge.holds(2) || lead.knowledge.holds(102)).as("the victim learns nothing").isFalse();
    }

    @Test
    void coFundingLeavesEachSideTheSameShareOfItsOwnEligibleCosts() {
        RegioSim sim = new RegioSim(4, TestRegions.small(0.002)
                .with(org.regiosim.model.params.ParameterSchema.POLICY, "cofunding")
                .with(org.regiosim.model.params.ParameterSchema.COFUNDING_RATE, 0.5)
                .with(org.regiosim.model.params.ParameterSchema.AGENCY_BUDGET, 1e9), TestRegions.ruhr());
        sim.start();
        sim.schedule.step(sim); // the agency receives its budget for the quarter
        Firm lead = firm(sim, 5, 0.0);
        University university = sim.universities().get(0);
        double leadShare = sim.projectCost * lead.projectScale; // contract research: the firm pays it all
        double leadNegotiation = sim.costs.negotiation(0.3, false, 1.0);
        double universityNegotiation = sim.costs.negotiation(0.6, false, 1.0);
        double spentBefore = sim.agency().spentThisQuarter();
        sim.projects.startCooperation(sim, lead, new PartnerSearch.Result(university, 0.0, 0.3, 0.6, 0.3));
        Project p = lead.project;
        // with money enough, half of the firm's own eligible costs is paid; the university's
        // negotiation, borne by no one, is not subsidised (it used to be, for nothing)
        assertThat(p.leadCost).isCloseTo(0.5 * (leadShare + leadNegotiation), within(1e-6));
        assertThat(p.partnerCost).isCloseTo(universityNegotiation, within(1e-6));
        assertThat(sim.agency().spentThisQuarter() - spentBefore).isCloseTo(0.5 * (leadShare + leadNegotiation),
                within(1e-6));
    }

    @Test
    void honouredQuartersBuildTrustAndCostMonitoring() {
        RegioSim sim = started();
        Firm a = firm(sim, 3, 0.0);
        Firm b = firm(sim, 4, 0.0);
        b.generalisedTrust = 0.2; // the partner remembers a new tie with its generalised trust
        sim.projects.startCooperation(sim, a, new PartnerSearch.Result(b, 0.0, 0.2, 0.2, 0.2));
        double capitalBefore = a.capital;
        sim.schedule.step(sim);
        sim.schedule.step(sim);
        sim.schedule.step(sim);
        assertThat(a.ties.trustIn(b, -1)).isGreaterThan(0.2);
        assertThat(b.ties.trustIn(a, -1)).isGreaterThan(0.2);
        assertThat(a.capital).isLessThan(capitalBefore); // monitoring is paid each quarter
        assertThat(sim.history().get(1).get(Metric.MONITORING_COSTS)).isPositive();
    }
}
