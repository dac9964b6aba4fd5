package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.policy.PolicyBudget;
import org.regiosim.model.policy.SmartSpecialisation;

/** Imitation, institutions, overhead and exit, smart specialisation: hand-made situations. */
class SubmodelMechanismTest {

    private static RegioSim started(org.regiosim.model.params.Parameters p) {
        RegioSim sim = new RegioSim(21, p, TestRegions.ruhr());
        sim.start();
        return sim;
    }

    private static Firm firmOf(RegioSim sim, LeadMarket market, int skip) {
        for (int i = 0; i < sim.population().size(); i++) {
            Firm f = sim.population().get(i);
            if (f.market() == market && skip-- == 0) {
                return f;
            }
        }
        throw new IllegalStateException("no such firm");
    }

    @Test
    void firmsImitateTheActionThatPaidBetterInTheirMarket() {
        RegioSim sim = started(TestRegions.small(0.005).with(ParameterSchema.IMITATION_SHARE, 1.0)
                .with(ParameterSchema.IMITATION_INTENSITY, 10.0));
        Firm f = firmOf(sim, LeadMarket.HEALTH, 0);
        f.experience(sim, false, -0.5, 0.0); // it competed and lost half a payoff unit
        PeerOutcomes peers = sim.firmPeers[LeadMarket.HEALTH.ordinal()];
        peers.publish(sim.random); // its own outcome becomes known first, then a quarter of others'
        for (int i = 0; i < 64; i++) {
            peers.record(0.5, true); // its market's recent cooperations paid well
        }
        peers.publish(sim.random);
        int cooperate = 0;
        for (int i = 0; i < 1000; i++) {
            cooperate += f.decide(sim) ? 1 : 0;
        }
        // Fermi: 1 / (1 + exp(-10 x 1.0)) = 0.99995: it (almost) always adopts cooperation.
        assertThat(cooperate).isGreaterThan(990);

        Firm g = firmOf(sim, LeadMarket.MOBILITY, 0);
        g.experience(sim, false, 0.5, 1.0); // competing paid well
        PeerOutcomes mobility = sim.firmPeers[LeadMarket.MOBILITY.ordinal()];
        mobility.publish(sim.random);
        for (int i = 0; i < 64; i++) {
            mobility.record(-0.5, true); // others' cooperations failed
        }
        mobility.publish(sim.random);
        int gCooperate = 0;
        for (int i = 0; i < 1000; i++) {
            gCooperate += g.decide(sim) ? 1 : 0;
        }
        assertThat(gCooperate).isLessThan(10);
    }

    @Test
    void repeatedJointSuccessFormsANetworkAndOthersJoinIt() {
        RegioSim sim = started(TestRegions.small(0.005));
        Firm a = firmOf(sim, LeadMarket.HEALTH, 0);
        Firm b = firmOf(sim, LeadMarket.HEALTH, 1);
        Firm c = firmOf(sim, LeadMarket.HEALTH, 2);
        int before = sim.institutions().count();
        sim.institutions().formFromPair(sim, a, b);
        assertThat(sim.institutions().count()).isEqualTo(before + 1);
        assertThat(a.institution()).isSameAs(b.institution()).isNotNull();
        assertThat(a.institution().kind()).isEqualTo(Institution.Kind.NETWORK);
        assertThat(sim.tally.socialInnovations).isEqualTo(1);
        sim.institutions().formFromPair(sim, c, a); // c joins a's network: no new institution
        assertThat(sim.institutions().count()).isEqualTo(before + 1);
        assertThat(c.institution()).isSameAs(a.institution());
        assertThat(a.institution().size()).isEqualTo(3);
        sim.removeFirm(c); // an exiting firm leaves its network
        assertThat(a.institution().size()).isEqualTo(2);
        assertThat(c.institution()).isNull();
    }

    @Test
    void aFirmWithoutMoneyExitsInsteadOfStartingAProject() {
        RegioSim sim = started(TestRegions.small(0.005));
        Firm broke = firmOf(sim, LeadMarket.MOBILITY, 3);
        assertThat(broke.project).isNull(); // nobody has a project before the first quarter
        broke.capital = -1;
        broke.step(sim);
        assertThat(broke.project).isNull();
        int firms = sim.population().size();
        sim.demography.step(sim);
        assertThat(broke.isActive()).isFalse();
        assertThat(sim.tally.exits).isEqualTo(1);
        assertThat(sim.population().size()).isEqualTo(firms - 1 + sim.tally.startups + sim.tally.spinoffs);
    }

    @Test
    void withoutMarketingBudgetsStartupsComeAtTheBaseRate() {
        RegioSim sim = started(TestRegions.small(0.01).with(ParameterSchema.MARKETING_BUDGET, 0.0));
        int quarters = 12;
        double startups = 0;
        for (int q = 0; q < quarters; q++) {
            sim.schedule.step(sim);
            startups += sim.latest().get(Metric.STARTUPS);
        }
        double expected = sim.parameters().real(ParameterSchema.STARTUP_RATE) * sim.initialFirms * quarters;
        // whole firms per municipality, fractions carried: at most one per municipality short
        assertThat(startups).isPositive().isBetween(expected - sim.municipalities().size(), expected);
    }

    @Test
    void overheadAmountIsQuartersTimesEmployeesTimesRate() {
        RegioSim sim = started(TestRegions.small(0.005).with(ParameterSchema.OVERHEAD, 500.0));
        Firm f = new Firm(9_999_999, sim.municipalities().get(0), LeadMarket.HEALTH, 4, 1.0, new Knowledge(4),
                100_000, 0, 0.5, new TrustLedger(4), 0.3, 0, null);
        for (int i = 0; i < 3; i++) {
            sim.schedule.step(sim);
        }
        f.payOverhead(sim);
        assertThat(f.capital).isCloseTo(100_000 - 3 * 4 * 500.0, within(1e-9));
        f.payOverhead(sim);
        assertThat(f.capital).isCloseTo(100_000 - 3 * 4 * 500.0, within(1e-9)); // not charged twice
    }

    @Test
    void smartSpecialisationPaysOnlyFocusMarketsAndMoreForJoiningTwo() {
        RegioSim sim = started(TestRegions.small(0.005));
        SmartSpecialisation smart = new SmartSpecialisation(EnumSet.of(LeadMarket.HEALTH, LeadMarket.MOBILITY), 0.4);
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(1e9);
        Firm health = firmOf(sim, LeadMarket.HEALTH, 0);
        Firm health2 = firmOf(sim, LeadMarket.HEALTH, 1);
        Firm mobility = firmOf(sim, LeadMarket.MOBILITY, 0);
        Firm steel = firmOf(sim, LeadMarket.STEEL, 0);
        assertThat(smart.subsidy(sim, new Project(steel, null, 0, 4, false), 40_000, 0, budget)).isZero();
        assertThat(smart.subsidy(sim, new Project(health, null, 0, 4, false), 40_000, 0, budget))
                .isCloseTo(16_000, within(1e-9));
        assertThat(smart.subsidy(sim, new Project(health, health2, 0, 4, true), 40_000, 0, budget))
                .isCloseTo(16_000, within(1e-9));
        assertThat(smart.subsidy(sim, new Project(health, mobility, 0, 4, true), 40_000, 0, budget))
                .isCloseTo(24_000, within(1e-9));
    }
}
