package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.policy.CoFunding;
import org.regiosim.model.policy.PolicyBudget;

/** Each moderation policy moves its mechanism in the expected direction (same seed, policy on vs off). */
class PolicyMechanismTest {

    /** A platform with no setup cost, 300 EUR per member and 40 invitations per centre and quarter. */
    private static org.regiosim.model.policy.Platform platform(LeadMarket... focus) {
        return new org.regiosim.model.policy.Platform(java.util.List.of(focus), 0, 300, 40);
    }

    private static RegioSim started(Parameters p) {
        RegioSim sim = new RegioSim(11, p, TestRegions.ruhr());
        sim.start();
        return sim;
    }

    @Test
    void aBrokerLowersTheFirmsSearchCost() {
        Parameters base = TestRegions.small(0.01).with(ParameterSchema.MAX_CANDIDATES, 5L);
        double withoutBroker = meanSearchCost(started(base.with(ParameterSchema.POLICY, "none")));
        RegioSim brokered = started(base.with(ParameterSchema.POLICY, "brokerage"));
        double withBroker = meanSearchCost(brokered);
        assertThat(withBroker).isLessThan(withoutBroker);
        // ...and the agency paid for the proposals it made.
        assertThat(brokered.agency().spentThisQuarter()).isPositive();
    }

    @Test
    void brokerageProposalsCountAsSearchCosts() {
        RegioSim sim = started(TestRegions.small(0.01).with(ParameterSchema.POLICY, "brokerage"));
        sim.agency().step(sim);
        double tallyBefore = sim.tally.searchCosts;
        double paidByFirms = 0;
        for (int i = 0; i < 200; i++) {
            paidByFirms += sim.partnerSearch.findPartner(sim, sim.population().get(i)).searchCost();
        }
        double paidByAgency = sim.agency().spentThisQuarter();
        assertThat(paidByAgency).isPositive();
        assertThat(sim.tally.searchCosts - tallyBefore).isCloseTo(paidByFirms + paidByAgency, within(1e-6));
    }

    /**
     * Every euro the agency spends is in exactly one account: on transaction costs (brokerage
     * proposals, co-funded negotiation), on projects (co-funding's and smart specialisation's project
     * subsidies) or on its own moderation (trust building, competence centres).
     */
    @Test
    void theAgencysSpendingIsSplitByWhatItPaysFor() {
        java.util.Map<String, double[]> totals = new java.util.LinkedHashMap<>();
        for (String policy : java.util.List.of("trust_building", "platform", "brokerage", "cofunding",
                "smart_specialisation", "trust_building=0.5,cofunding=0.5")) {
            RegioSim sim = TestRegions.run(TestRegions.small(0.01).with(ParameterSchema.POLICY, policy), 2, 12);
            double[] t = new double[4];
            for (StepMetrics m : sim.history()) {
                t[0] += m.get(Metric.AGENCY_SPENDING);
                t[1] += m.get(Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS);
                t[2] += m.get(Metric.AGENCY_SPENDING_ON_PROJECTS);
                t[3] += m.get(Metric.MODERATION_COSTS);
            }
            totals.put(policy, t);
            assertThat(t[0]).as(policy + ": the agency spent").isPositive();
            assertThat(t[1] + t[2] + t[3]).as(policy + ": the three parts").isCloseTo(t[0], within(1e-6));
        }
        for (String service : java.util.List.of("trust_building", "platform")) {
            assertThat(totals.get(service)[3]).as(service).isCloseTo(totals.get(service)[0], within(1e-6));
        }
        assertThat(totals.get("brokerage")[1]).as("brokerage: fees").isCloseTo(totals.get("brokerage")[0], within(1e-6));
        assertThat(totals.get("smart_specialisation")[2]).as("smart specialisation: projects")
                .isCloseTo(totals.get("smart_specialisation")[0], within(1e-6));
        double[] cofunding = totals.get("cofunding");
        assertThat(cofunding[1]).as("co-funded negotiation").isPositive().isLessThan(cofunding[2]);
        double[] mix = totals.get("trust_building=0.5,cofunding=0.5");
        assertThat(mix[3]).isPositive().isLessThan(mix[0]);
    }

    @Test
    void aPlatformInvitesFirmsAlsoWhenItsQuarterlyQuotaIsBelowOne() {
        // agency.platform_recruits 200 x scale 0.002 = 0.4 invitations a quarter: rounded, none
        Parameters p = TestRegions.small(0.002).with(ParameterSchema.POLICY, "platform")
                .with(ParameterSchema.FOCUS_MARKETS, "health");
        RegioSim sim = TestRegions.run(p, 3, 20);
        Institution health = sim.competenceCentre(LeadMarket.HEALTH);
        int firms = 0;
        for (int i = 0; i < health.size(); i++) {
            firms += health.member(i) instanceof Firm ? 1 : 0;
        }
        assertThat(firms).isBetween(1, 8); // 0.4 x 20 = 8 invitations
    }

    /** Mean search cost of 200 searches by idle firms, right after the agency allocated its budget. */
    private static double meanSearchCost(RegioSim sim) {
        sim.agency().step(sim);
        double total = 0;
        for (int i = 0; i < 200; i++) {
            Firm f = sim.population().get(i);
            total += sim.partnerSearch.findPartner(sim, f).searchCost();
        }
        return total / 200;
    }

    @Test
    void coFundingPaysOnlyCooperativeProjectsAndOnlyWhatItsBudgetHas() {
        RegioSim sim = started(TestRegions.small(0.005));
        Firm a = sim.population().get(0);
        Firm b = sim.population().get(1);
        CoFunding cofunding = new CoFunding(0.5);
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(30_000);
        Project solo = new Project(a, null, 0, 4, false);
        assertThat(cofunding.subsidy(sim, solo, 40_000, 0, budget)).isZero();
        Project joint = new Project(a, b, 0, 4, true);
        assertThat(cofunding.subsidy(sim, joint, 40_000, 8_000, budget)).isCloseTo(24_000, within(1e-9));
        assertThat(cofunding.subsidy(sim, joint, 40_000, 8_000, budget)).isCloseTo(6_000, within(1e-9));
        assertThat(budget.spent()).isCloseTo(30_000, within(1e-9));
        assertThat(budget.available()).isZero();
    }

    /** A started run whose co-funding and smart specialisation (health) arms each pay 80%, in the mix's order. */
    private static RegioSim cofundingAndSmartSpecialisationAt80Percent(String mix) {
        Parameters p = TestRegions.small(0.01).with(ParameterSchema.POLICY, mix)
                .with(ParameterSchema.COFUNDING_RATE, 0.8).with(ParameterSchema.SMART_RATE, 0.8)
                .with(ParameterSchema.FOCUS_MARKETS, "health");
        RegioSim sim = started(p);
        sim.agency().step(sim);
        return sim;
    }

    /** A joint project of the first two health firms. */
    private static Project healthPair(RegioSim sim) {
        List<Firm> health = firstTwoIn(sim, LeadMarket.HEALTH);
        return new Project(health.get(0), health.get(1), 0, 4, true);
    }

    @Test
    void armsTogetherNeverPayMoreThanTheProjectCosts() {
        RegioSim sim = cofundingAndSmartSpecialisationAt80Percent("cofunding=0.5,smart_specialisation=0.5");
        Project joint = healthPair(sim);
        double paid = sim.agency().subsidise(sim, joint, 40_000, 10_000);
        // co-funding pays 0.8 x 50,000 = 40,000; smart specialisation would pay 0.8 x 40,000 but only 10,000 remain
        assertThat(paid).isCloseTo(50_000, within(1e-9));
        assertThat(sim.agency().spentThisQuarter()).isCloseTo(50_000, within(1e-9));
        // and the accounts: all of the project's 40,000 and all of its 10,000 of negotiation, no more on projects
        assertThat(sim.tally.agencyOnProjects).isCloseTo(40_000, within(1e-9));
        assertThat(sim.tally.agencyOnTransactionCosts).isCloseTo(10_000, within(1e-9));
    }

    /** The same cap with smart specialisation first: the accounts do not depend on the order of the arms. */
    @Test
    void cappedArmsBookAtMostTheProjectsCostsOnProjectsInEitherOrder() {
        RegioSim sim = cofundingAndSmartSpecialisationAt80Percent("smart_specialisation=0.5,cofunding=0.5");
        Project joint = healthPair(sim);
        // smart specialisation pays 0.8 x 40,000 = 32,000 (projects); co-funding 0.8 x 50,000, capped at 18,000
        assertThat(sim.agency().subsidise(sim, joint, 40_000, 10_000)).isCloseTo(50_000, within(1e-9));
        assertThat(sim.tally.agencyOnProjects).isCloseTo(40_000, within(1e-9));
        assertThat(sim.tally.agencyOnTransactionCosts).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void dialogueFormatsRaiseTrust() {
        Parameters base = TestRegions.small(0.01);
        RegioSim without = TestRegions.run(base, 5, 20);
        RegioSim with = TestRegions.run(base.with(ParameterSchema.POLICY, "trust_building"), 5, 20);
        assertThat(with.latest().get(Metric.MEAN_TRUST)).isGreaterThan(without.latest().get(Metric.MEAN_TRUST));
        assertThat(TestRegions.sum(with, Metric.AGENCY_SPENDING)).isPositive();
        assertThat(TestRegions.sum(without, Metric.AGENCY_SPENDING)).isZero();
    }

    @Test
    void platformFoundsCompetenceCentresWithMembers() {
        Parameters p = TestRegions.small(0.01).with(ParameterSchema.POLICY, "platform")
                .with(ParameterSchema.FOCUS_MARKETS, "health,mobility");
        RegioSim sim = TestRegions.run(p, 3, 6);
        assertThat(sim.competenceCentre(LeadMarket.HEALTH)).isNotNull();
        assertThat(sim.competenceCentre(LeadMarket.MOBILITY)).isNotNull();
        assertThat(sim.competenceCentre(LeadMarket.STEEL)).isNull();
        Institution health = sim.competenceCentre(LeadMarket.HEALTH);
        assertThat(health.size()).isGreaterThan(1);
        for (int i = 0; i < health.size(); i++) {
            Agent m = health.member(i);
            assertThat(m.institution()).isSameAs(health);
            if (m instanceof Firm f) {
                assertThat(f.market()).isEqualTo(LeadMarket.HEALTH);
            }
        }
    }

    @Test
    void competenceCentresCloseWhenTheAgencyStopsRunningThem() {
        // Before, centres outlived the platform policy and their members kept its benefits for free.
        Parameters p = TestRegions.small(0.01).with(ParameterSchema.POLICY, "platform")
                .with(ParameterSchema.POLICY_CHANGES, "5:brokerage");
        RegioSim sim = TestRegions.run(p, 3, 5);
        Institution health = sim.competenceCentre(LeadMarket.HEALTH);
        assertThat(health.size()).isGreaterThan(1);
        java.util.List<Agent> members = new java.util.ArrayList<>();
        for (int i = 0; i < health.size(); i++) {
            members.add(health.member(i));
        }
        sim.schedule.step(sim);
        assertThat(sim.competenceCentre(LeadMarket.HEALTH)).isNull();
        assertThat(sim.institutions().all()).noneMatch(inst -> inst.kind() == Institution.Kind.COMPETENCE_CENTRE);
        assertThat(members).allMatch(m -> m.institution() == null || m.institution().kind() != Institution.Kind.COMPETENCE_CENTRE);
        assertThat(sim.latest().get(Metric.INSTITUTIONS)).isEqualTo(sim.institutions().count());
    }

    @Test
    void aCentreTheBudgetCannotPayForKeepsOnlyTheMembersItPaysFor() {
        // Before, a centre whose running cost could not be paid kept all its members and their
        // benefits, unpaid.
        RegioSim sim = started(TestRegions.small(0.01));
        org.regiosim.model.policy.Platform platform = platform(LeadMarket.HEALTH, LeadMarket.MOBILITY);
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(1e6);
        platform.beginQuarter(sim, budget);
        Institution health = sim.competenceCentre(LeadMarket.HEALTH);
        Institution mobility = sim.competenceCentre(LeadMarket.MOBILITY);
        assertThat(health.size()).isGreaterThan(10);
        assertThat(mobility.size()).isGreaterThan(10);
        Agent host = health.host();
        assertThat(host).isInstanceOf(University.class);
        int all = health.size() + mobility.size();
        budget.startQuarter(Math.nextDown(all * 300.0)); // short by rounding noise only
        platform.beginQuarter(sim, budget);
        assertThat(health.size() + mobility.size()).as("rounding noise cuts no one").isEqualTo(all);

        int healthBefore = health.size();
        int mobilityBefore = mobility.size();
        int before = healthBefore + mobilityBefore;

        // pays for 10 members less than there are, plus a little: every centre is cut by the
        // same share, whatever the order of the markets, and nobody new is invited
        double available = (before - 10) * 300 + 299;
        budget.startQuarter(available);
        platform.beginQuarter(sim, budget);
        assertThat(health.size() + mobility.size()).as("all it can pay for").isEqualTo(before - 10);
        double quota = (double) healthBefore * (before - 10) / before;
        assertThat(health.size()).as("its share, rounded either way").isBetween((int) Math.floor(quota),
                (int) Math.floor(quota) + 1);
        assertThat(budget.spent()).isEqualTo((before - 10) * 300.0);
        assertThat(health.host()).as("the host stays").isSameAs(host);
        assertThat(host.institution()).isSameAs(health);
        for (Institution centre : java.util.List.of(health, mobility)) {
            for (int i = 0; i < centre.size(); i++) {
                assertThat(centre.member(i).institution()).isSameAs(centre);
            }
        }
    }

    @Test
    void noCentreIsFoundedThatCannotPayItsHost() {
        RegioSim sim = started(TestRegions.small(0.01));
        org.regiosim.model.policy.Platform platform = platform(LeadMarket.HEALTH);
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(299);
        platform.beginQuarter(sim, budget);
        assertThat(sim.competenceCentre(LeadMarket.HEALTH)).isNull();
        assertThat(budget.spent()).isZero();
    }

    /**
     * A budget for one centre of four: which market gets it is drawn (before 2026-11-30 it was
     * always the market declared first), and when all can be founded, all are.
     */
    @Test
    void aBudgetForOnlySomeCentresFavoursNoMarketByItsPlace() {
        LeadMarket[] focus = {LeadMarket.HEALTH, LeadMarket.RESOURCE_EFFICIENCY, LeadMarket.MOBILITY,
            LeadMarket.DIGITAL_COMMUNICATION};
        java.util.Set<LeadMarket> founded = java.util.EnumSet.noneOf(LeadMarket.class);
        for (long seed = 1; seed <= 30; seed++) {
            RegioSim sim = new RegioSim(seed, TestRegions.small(0.01), TestRegions.ruhr());
            sim.start();
            PolicyBudget budget = new PolicyBudget();
            budget.startQuarter(300); // setup 0, host 300: one centre
            platform(focus).beginQuarter(sim, budget);
            java.util.List<LeadMarket> now = java.util.Arrays.stream(focus)
                    .filter(m -> sim.competenceCentre(m) != null).toList();
            assertThat(now).hasSize(1);
            founded.addAll(now);
        }
        assertThat(founded).as("markets that got the one centre in 30 seeds").hasSizeGreaterThan(2);

        RegioSim sim = started(TestRegions.small(0.01));
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(4 * 300);
        platform(focus).beginQuarter(sim, budget);
        assertThat(focus).allMatch(m -> sim.competenceCentre(m) != null);
    }

    /** A university already in a network is passed over: the free one with most capabilities in the market hosts. */
    @Test
    void aCentreIsHostedByTheBestUniversityThatIsFree() {
        RegioSim sim = started(TestRegions.small(0.05));
        LeadMarket market = LeadMarket.HEALTH;
        java.util.function.ToIntFunction<University> strength = u -> {
            int c = 0;
            for (int i = 0; i < u.knowledge().size(); i++) {
                if (sim.technologies().field(u.knowledge().technology(i)) == market.ordinal()) {
                    c++;
                }
            }
            return c;
        };
        java.util.List<University> byStrength = new java.util.ArrayList<>(sim.universities());
        byStrength.sort(java.util.Comparator.comparingInt(strength).reversed());
        University best = byStrength.get(0);
        assertThat(strength.applyAsInt(byStrength.get(1))).as("a second university with capabilities in it")
                .isPositive();
        sim.institutions().formFromPair(sim, best, sim.population().get(0));
        assertThat(best.institution()).isNotNull();

        Institution centre = sim.foundCompetenceCentre(market, sim.competenceCentreHost(market));
        assertThat(centre.host()).isNotNull().isNotSameAs(best);
        assertThat(strength.applyAsInt((University) centre.host()))
                .isEqualTo(byStrength.stream().filter(u -> u.institution() == centre || u.institution() == null)
                        .mapToInt(strength).max().orElseThrow());
    }

    /**
     * With money for all, every focus market gets a centre with its own host, also where one
     * university is the best in two markets (as in the shipped platform scenario, which before
     * 2026-11-30 left such a centre without host).
     */
    @Test
    void everyCentreGetsAHostOfItsOwn() {
        LeadMarket[] focus = {LeadMarket.HEALTH, LeadMarket.RESOURCE_EFFICIENCY, LeadMarket.MOBILITY,
            LeadMarket.DIGITAL_COMMUNICATION};
        for (long seed = 1; seed <= 5; seed++) {
            RegioSim sim = new RegioSim(seed, TestRegions.small(0.05), TestRegions.ruhr());
            sim.start();
            PolicyBudget budget = new PolicyBudget();
            budget.startQuarter(1e6);
            platform(focus).beginQuarter(sim, budget);
            java.util.Set<Agent> hosts = new java.util.HashSet<>();
            for (LeadMarket m : focus) {
                Agent host = sim.competenceCentre(m).host();
                assertThat(host).as("host of %s, seed %d", m, seed).isNotNull();
                assertThat(hosts.add(host)).as("%s hosts one centre only", host).isTrue();
            }
        }
    }

    /** Founding pays setup and host within the tolerance of rounding noise, and not beyond it. */
    @Test
    void aNewCentreIsFoundedOnlyWithItsHostPaid() {
        LeadMarket market = LeadMarket.MOBILITY;
        double setup = 1e6;
        double member = 300;
        RegioSim sim = started(TestRegions.small(0.01));
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter((setup + member) * (1 - 5e-10)); // short by rounding noise
        new org.regiosim.model.policy.Platform(java.util.List.of(market), setup, member, 0).beginQuarter(sim, budget);
        assertThat(sim.competenceCentre(market)).isNotNull();
        assertThat(sim.competenceCentre(market).host()).isNotNull();
        assertThat(budget.available()).as("setup and host paid: nothing left").isZero();

        RegioSim other = started(TestRegions.small(0.01));
        budget.startQuarter((setup + member) * (1 - 1e-6)); // short by 1 EUR
        new org.regiosim.model.policy.Platform(java.util.List.of(market), setup, member, 0).beginQuarter(other, budget);
        assertThat(other.competenceCentre(market)).isNull();
        assertThat(budget.spent()).isZero();
    }

    /** A live switch to platform without focus markets does nothing (the scenario check cannot see it). */
    @Test
    void aPlatformWithoutFocusMarketsDoesNothing() {
        RegioSim sim = started(TestRegions.small(0.01));
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(1e6);
        new org.regiosim.model.policy.Platform(java.util.List.of(), 0, 300, 40).beginQuarter(sim, budget);
        assertThat(budget.spent()).isZero();
    }

    /**
     * Where one university is the best host for two focus markets, which of them gets it is drawn:
     * over 30 seeds, the market declared first and the other each get it sometimes.
     */
    @Test
    void aUniversityBestForTwoMarketsGoesToEitherOfThem() {
        LeadMarket[] focus = {LeadMarket.HEALTH, LeadMarket.RESOURCE_EFFICIENCY, LeadMarket.MOBILITY,
            LeadMarket.DIGITAL_COMMUNICATION};
        int toFirstDeclared = 0;
        int toLaterDeclared = 0;
        for (long seed = 1; seed <= 30; seed++) {
            RegioSim sim = new RegioSim(seed, TestRegions.small(0.05), TestRegions.ruhr());
            sim.start();
            University[] best = new University[focus.length];
            for (int i = 0; i < focus.length; i++) {
                best[i] = sim.competenceCentreHost(focus[i]); // all universities are free before
            }
            PolicyBudget budget = new PolicyBudget();
            budget.startQuarter(1e6);
            platform(focus).beginQuarter(sim, budget);
            for (int i = 0; i < focus.length; i++) {
                for (int j = i + 1; j < focus.length; j++) {
                    if (best[i] != null && best[i] == best[j]) {
                        if (sim.competenceCentre(focus[i]).host() == best[i]) {
                            toFirstDeclared++;
                        } else if (sim.competenceCentre(focus[j]).host() == best[i]) {
                            toLaterDeclared++;
                        }
                    }
                }
            }
        }
        assertThat(toFirstDeclared).as("contested hosts won by the market declared first").isPositive();
        assertThat(toLaterDeclared).as("contested hosts won by the market declared later").isPositive();
    }

    @Test
    void aCentreThatCanPayForNoOneKeepsItsHost() {
        RegioSim sim = started(TestRegions.small(0.01));
        org.regiosim.model.policy.Platform platform = platform(LeadMarket.HEALTH);
        PolicyBudget budget = new PolicyBudget();
        budget.startQuarter(1e6);
        platform.beginQuarter(sim, budget);
        Institution health = sim.competenceCentre(LeadMarket.HEALTH);
        Agent host = health.host();
        budget.startQuarter(0);
        platform.beginQuarter(sim, budget);
        assertThat(health.size()).isEqualTo(1);
        assertThat(health.member(0)).isSameAs(host);
    }

    @Test
    void jointLocationMarketingAttractsMoreStartups() {
        Parameters base = TestRegions.small(0.01).with(ParameterSchema.MUNICIPAL_OPPORTUNITY, 1.0);
        RegioSim alone = TestRegions.run(base.with(ParameterSchema.MUNICIPAL_PROPENSITY, 0.01), 9, 12);
        RegioSim joint = TestRegions.run(base.with(ParameterSchema.MUNICIPAL_PROPENSITY, 0.99), 9, 12);
        assertThat(TestRegions.sum(joint, Metric.STARTUPS)).isGreaterThan(TestRegions.sum(alone, Metric.STARTUPS));
    }

    @Test
    void aPolicyScheduledForAStepTakesEffectThen() {
        Parameters p = TestRegions.small(0.005).with(ParameterSchema.POLICY_CHANGES, "4:cofunding");
        RegioSim sim = TestRegions.run(p, 2, 8);
        for (StepMetrics m : sim.history()) {
            if (m.step() < 4) {
                assertThat(m.get(Metric.AGENCY_SPENDING)).isZero();
            }
        }
        assertThat(sim.agency().policy().toString()).isEqualTo("cofunding");
        assertThat(sim.history().subList(4, 8).stream().mapToDouble(m -> m.get(Metric.AGENCY_SPENDING)).sum()).isPositive();
    }

    /** The first two firms of the population in a lead market. */
    private static List<Firm> firstTwoIn(RegioSim sim, LeadMarket market) {
        List<Firm> found = new java.util.ArrayList<>();
        for (int i = 0; i < sim.population().size() && found.size() < 2; i++) {
            if (sim.population().get(i).market() == market) {
                found.add(sim.population().get(i));
            }
        }
        return found;
    }
}
