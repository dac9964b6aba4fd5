package org.regiosim.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * The life of projects and campaigns: start (costs, subsidies, negotiation), each quarter of a
 * cooperation (monitoring, trust, defection), and the end (innovation outcome, learning, payoffs,
 * reinforcement, institutions). Projects end on a calendar, so a quarter touches only the running
 * cooperations and the projects ending in it.
 */
final class Projects {

    private final List<Project> cooperations = new ArrayList<>();
    private final List<List<Project>> calendar = new ArrayList<>();
    /** Ended projects whose objects the next starts reuse (see Project). */
    private final List<Project> spare = new ArrayList<>();
    /** Projects started so far; numbers them. */
    private long started;

    Projects(int longestDuration) {
        for (int i = 0; i <= longestDuration; i++) {
            calendar.add(new ArrayList<>());
        }
    }

    int runningCooperations() {
        return cooperations.size();
    }

    /** Running cooperative projects and joint campaigns (read-only view, for portrayal). */
    List<Project> cooperations() {
        return java.util.Collections.unmodifiableList(cooperations);
    }

    // ---------------------------------------------------------------- starting

    /** A project object for a start: a spare one if any, else a new one. */
    private Project spareOrNew(Agent lead, Agent partner, int startStep, int duration, boolean leadChoseCooperate) {
        Project p = spare.isEmpty() ? new Project(lead, partner, startStep, duration, leadChoseCooperate)
                : spare.remove(spare.size() - 1);
        p.begin(lead, partner, startStep, duration, leadChoseCooperate, ++started);
        return p;
    }

    void startSolo(RegioSim sim, Firm firm, boolean choseCooperate, double searchCost) {
        Project p = spareOrNew(firm, null, sim.currentStep(), sim.projectDuration, choseCooperate);
        MersenneTwisterFast r = sim.random;
        int newTech = -1;
        if (r.nextDouble() < sim.radicalProbability) {
            int tech = unheldTechnologyOfField(sim.technologies(), firm.market().ordinal(), firm.knowledge, r);
            if (tech >= 0) {
                firm.knowledge.replaceWeakest(tech, 0.3 + 0.4 * r.nextDouble());
                p.radicalResearch = true;
                newTech = tech;
            }
        }
        p.hypothesis = drawHypothesis(firm.knowledge, null, sim.hypothesisSize, r, p.hypothesis);
        if (newTech >= 0 && !contains(p.hypothesis, p.hypothesis.length, newTech)) {
            p.hypothesis[0] = newTech; // radical research is about the new capability
        }
        double projectCost = sim.projectCost * firm.projectScale;
        sim.tally.projectCosts += projectCost;
        double subsidy = sim.agency().subsidise(sim, p, projectCost, 0.0);
        p.leadCost = projectCost + searchCost - subsidy;
        firm.capital -= p.leadCost;
        firm.project = p;
        sim.markets().countSoloStart(firm.market().ordinal());
        schedule(p);
    }

    /**
     * One of the field's initial technologies that the kene does not hold, uniformly, or -1 if it
     * holds them all: radical research always explores something new when anything is left.
     */
    static int unheldTechnologyOfField(TechnologySpace space, int field, Knowledge k, MersenneTwisterFast r) {
        int perField = space.technologiesPerField();
        int unheld = 0;
        for (int i = 0; i < perField; i++) {
            if (!k.holds(space.initialTechnology(field, i))) {
                unheld++;
            }
        }
        if (unheld == 0) {
            return -1;
        }
        int pick = r.nextInt(unheld);
        for (int i = 0; i < perField; i++) {
            int tech = space.initialTechnology(field, i);
            if (!k.holds(tech) && pick-- == 0) {
                return tech;
            }
        }
        throw new AssertionError("counted " + unheld + " unheld technologies");
    }

    void startCooperation(RegioSim sim, Firm lead, PartnerSearch.Result found) {
        Agent partner = found.partner();
        Project p = spareOrNew(lead, partner, sim.currentStep(), sim.projectDuration, true);
        lead.ties.remember(partner, found.leadNewTieTrust());
        partner.ties.remember(lead, partner.generalisedTrust);
        p.hypothesis = drawHypothesis(lead.knowledge, partner.knowledge(), sim.hypothesisSize, sim.random, p.hypothesis);
        boolean same = sameInstitution(lead, partner);
        double leadNegotiation = sim.costs.negotiation(found.leadTrust(), same, 1.0);
        double partnerNegotiation = sim.costs.negotiation(found.partnerTrust(), same, 1.0);
        sim.tally.negotiationCosts += leadNegotiation + partnerNegotiation;
        double leadShare;
        double partnerShare;
        if (partner instanceof Firm pf) {
            leadShare = sim.projectCost * lead.projectScale / 2;
            partnerShare = sim.projectCost * pf.projectScale / 2;
        } else {
            // Contract research: the firm pays the whole project, the university earns a margin.
            University u = (University) partner;
            leadShare = sim.projectCost * lead.projectScale;
            partnerShare = 0;
            u.runningProjects++;
            u.transferProjects++;
            // Each simulated firm stands for 1 / scale firms of the region, so a transfer project
            // stands for 1 / scale of them: without this, a university at a small scale would earn
            // too little from transfer against its grants (which do not scale) and learn otherwise.
            u.incomeSinceDecision += sim.transferMargin * leadShare / sim.scale;
        }
        // Only costs someone bears are eligible: a university partner's negotiation is counted as a
        // transaction cost but charged to no one (its payoff is its transfer margin), so a subsidy
        // of it would be money spent on nothing.
        sim.tally.projectCosts += leadShare + partnerShare;
        double partnerNegotiationBorne = partner instanceof Firm ? partnerNegotiation : 0.0;
        double subsidy = sim.agency().subsidise(sim, p, leadShare + partnerShare, leadNegotiation + partnerNegotiationBorne);
        // Each side receives the subsidy in proportion to the eligible costs it bears (its share of
        // the project and its own negotiation).
        double leadEligible = leadShare + leadNegotiation;
        double partnerEligible = partnerShare + partnerNegotiationBorne;
        double eligible = leadEligible + partnerEligible;
        double leadSubsidy = eligible > 0 ? subsidy * leadEligible / eligible : subsidy;
        double partnerSubsidy = subsidy - leadSubsidy;
        p.leadCost = leadShare + found.searchCost() + leadNegotiation - leadSubsidy;
        p.partnerCost = partnerShare + partnerNegotiation - partnerSubsidy;
        lead.capital -= p.leadCost;
        if (partner instanceof Firm pf) {
            pf.capital -= p.partnerCost;
            pf.project = p;
        }
        lead.project = p;
        cooperations.add(p);
        schedule(p);
    }

    void startSoloCampaign(RegioSim sim, Municipality m, boolean choseCooperate, double searchCost) {
        Project p = spareOrNew(m, null, sim.currentStep(), sim.campaignDuration, choseCooperate);
        p.leadCost = searchCost;
        m.project = p;
        schedule(p);
    }

    void startCampaign(RegioSim sim, Municipality lead, Municipality partner, PartnerSearch.Result found) {
        Project p = spareOrNew(lead, partner, sim.currentStep(), sim.campaignDuration, true);
        lead.ties.remember(partner, found.leadNewTieTrust());
        partner.ties.remember(lead, partner.generalisedTrust);
        boolean same = sameInstitution(lead, partner);
        double leadNegotiation = sim.costs.negotiation(found.leadTrust(), same, sim.municipalCostFactor);
        double partnerNegotiation = sim.costs.negotiation(found.partnerTrust(), same, sim.municipalCostFactor);
        sim.tally.negotiationCosts += leadNegotiation + partnerNegotiation;
        sim.tally.municipalCosts += leadNegotiation + partnerNegotiation;
        p.leadCost = found.searchCost() + leadNegotiation;
        p.partnerCost = partnerNegotiation;
        lead.project = p;
        partner.project = p;
        cooperations.add(p);
        schedule(p);
    }

    private void schedule(Project p) {
        calendar.get(p.endStep % calendar.size()).add(p);
    }

    // ---------------------------------------------------------------- each quarter

    /** Keeps the reads ahead from being optimised away (see Agent.readAhead). */
    private int readAheadSink;

    /** Monitors running cooperations (costs, trust, defection), then ends the projects due now. */
    void progress(RegioSim sim) {
        int step = sim.currentStep();
        for (int i = 0; i < cooperations.size(); i++) {
            if (i % RegioSim.READ_AHEAD == 0) {
                readAhead(cooperations, i + RegioSim.READ_AHEAD);
            }
            Project p = cooperations.get(i);
            if (p.startStep < step && !p.ended) {
                monitorQuarter(sim, p);
            }
        }
        List<Project> due = calendar.get(step % calendar.size());
        for (int i = 0; i < due.size(); i++) {
            if (i % RegioSim.READ_AHEAD == 0) {
                readAhead(due, i + RegioSim.READ_AHEAD);
            }
            Project p = due.get(i);
            if (!p.ended && p.endStep == step) {
                finish(sim, p);
            }
        }
        cooperations.removeIf(p -> p.ended);
        // A project leaves the calendar at its end step, also when it ended early (a defection):
        // from then on nothing refers to it, and its object can carry a later project.
        for (int i = 0; i < due.size(); i++) {
            Project p = due.get(i);
            if (p.ended) {
                p.release();
                spare.add(p);
            }
        }
        due.removeIf(p -> p.ended);
    }

    /**
     * Reads the participants of the READ_AHEAD projects from {@code from} on (Agent.readAhead):
     * their fetches from main memory overlap instead of coming one after the other.
     */
    private void readAhead(List<Project> projects, int from) {
        for (int j = from, end = Math.min(projects.size(), from + RegioSim.READ_AHEAD); j < end; j++) {
            Project q = projects.get(j);
            readAheadSink += q.lead.readAhead() + (q.partner == null ? 0 : q.partner.readAhead());
        }
    }

    private void monitorQuarter(RegioSim sim, Project p) {
        boolean municipal = p.lead instanceof Municipality;
        double factor = municipal ? sim.municipalCostFactor : 1.0;
        boolean same = sameInstitution(p.lead, p.partner);
        int leadSlot = tieSlot(p.lead, p.partner);
        int partnerSlot = tieSlot(p.partner, p.lead);
        double leadTrust = p.lead.ties.trust(leadSlot);
        double partnerTrust = p.partner.ties.trust(partnerSlot);
        double leadMonitoring = sim.costs.monitoring(leadTrust, same, factor);
        double partnerMonitoring = p.partner instanceof University ? 0.0 : sim.costs.monitoring(partnerTrust, same, factor);
        sim.tally.monitoringCosts += leadMonitoring + partnerMonitoring;
        if (municipal) {
            sim.tally.municipalCosts += leadMonitoring + partnerMonitoring;
        }
        p.leadCost += leadMonitoring;
        p.partnerCost += partnerMonitoring;
        chargeCapital(p.lead, leadMonitoring);
        chargeCapital(p.partner, partnerMonitoring);

        MersenneTwisterFast r = sim.random;
        // Each side defects with its opportunism, damped by its trust in the other.
        if (r.nextDouble() < defectionProbability(sim, p.lead) * (1.0 - leadTrust)) {
            defect(sim, p, p.lead, p.partner, partnerSlot);
        } else if (r.nextDouble() < defectionProbability(sim, p.partner) * (1.0 - partnerTrust)) {
            defect(sim, p, p.partner, p.lead, leadSlot);
        } else {
            p.lead.ties.honour(leadSlot, sim.trustGain);
            p.partner.ties.honour(partnerSlot, sim.trustGain);
        }
    }

    private static double defectionProbability(RegioSim sim, Agent a) {
        if (a instanceof Firm f) {
            return f.opportunism;
        }
        if (a instanceof Municipality m) {
            return (1.0 - m.patience()) * sim.municipalImpatienceDefection;
        }
        return 0.0; // universities keep their contracts: their reputation is their capital
    }

    /**
     * A defection: the cooperation ends at once, the betrayed side's trust falls fast, and a
     * defecting firm walks off with one of its partner's capabilities.
     */
    private void defect(RegioSim sim, Project p, Agent defector, Agent victim, int victimSlot) {
        sim.tally.defections++;
        victim.ties.betray(victimSlot, sim.trustLoss);
        if (defector instanceof Firm df && victim.knowledge() != null) {
            int t = victim.knowledge().randomTechnologyNotIn(df.knowledge, sim.random);
            if (t >= 0) {
                df.knowledge.learn(t, victim.knowledge().ability(victim.knowledge().indexOf(t)) * 0.5, 1);
            }
        }
        if (p.lead instanceof Municipality) {
            double value = sim.valuePerStartup / sim.scale;
            end(sim, p, p.leadGain * value, p.partnerGain * value);
        } else {
            end(sim, p, 0.0, 0.0);
        }
    }

    // ---------------------------------------------------------------- ending

    private void finish(RegioSim sim, Project p) {
        if (p.lead instanceof Municipality) {
            finishCampaign(sim, p);
        } else {
            finishInnovation(sim, p);
        }
    }

    private void finishInnovation(RegioSim sim, Project p) {
        Firm lead = (Firm) p.lead;
        Agent partner = p.partner;
        MersenneTwisterFast r = sim.random;
        int step = sim.currentStep();
        TechnologySpace space = sim.technologies();

        double quality = lead.knowledge.level();
        if (partner != null) {
            double d = lead.knowledge.distanceTo(partner.knowledge());
            quality = (quality + partner.knowledge().level()) / 2.0 + sim.synergy * PartnerSearch.fit(d);
        }
        quality += sim.metaBonus * (1.0 - Math.exp(-meanSpillover(space, p.hypothesis, step)));
        double successProbability = sim.successMin + (sim.successMax - sim.successMin) * Math.min(1.0, quality);
        boolean success = r.nextDouble() < successProbability;

        boolean novel = p.radicalResearch || !holdsAll(lead.knowledge, p.hypothesis)
                || (partner != null && !holdsAll(partner.knowledge(), p.hypothesis));
        // Learning by doing, successful or not: each participant practises what it holds of the
        // hypothesis; partners learn one of each other's capabilities (SKIN).
        practise(lead.knowledge, p.hypothesis);
        if (partner != null) {
            practise(partner.knowledge(), p.hypothesis);
            learnFrom(lead.knowledge, partner.knowledge(), r);
            learnFrom(partner.knowledge(), lead.knowledge, r);
        }

        double leadValue = 0;
        double partnerValue = 0;
        if (success) {
            // Meta-innovations are cooperative by nature: partners from different lead markets
            // joining technologies of different fields that nobody in the region had joined.
            int[] newPair = crossMarket(lead, partner) ? firstUnconnectedCrossFieldPair(space, p.hypothesis) : null;
            connectAll(space, p.hypothesis);
            if (newPair != null) {
                sim.tally.meta++;
                int created = space.create(space.field(newPair[0]), step);
                space.addSpillover(newPair[0], step, 1.0);
                space.addSpillover(newPair[1], step, 1.0);
                lead.knowledge.learn(created, 0.5, 1);
                if (partner != null) {
                    partner.knowledge().learn(created, 0.5, 1);
                }
            } else if (novel) {
                sim.tally.radical++;
            } else {
                sim.tally.incremental++;
            }
            Markets markets = sim.markets();
            if (partner instanceof Firm pf) {
                sim.tally.cooperativeInnovations++;
                leadValue = markets.innovationValue(lead.market().ordinal()) * lead.projectScale / 2;
                partnerValue = markets.innovationValue(pf.market().ordinal()) * pf.projectScale / 2;
                markets.countCooperativeInnovation(lead.market().ordinal());
                if (pf.market() != lead.market()) {
                    markets.countCooperativeInnovation(pf.market().ordinal());
                }
            } else {
                leadValue = markets.innovationValue(lead.market().ordinal()) * lead.projectScale;
                if (partner != null) {
                    sim.tally.cooperativeInnovations++;
                    markets.countCooperativeInnovation(lead.market().ordinal());
                }
            }
        }
        if (partner != null && success) {
            jointSuccess(sim, p);
        }
        lead.capital += leadValue;
        if (partner instanceof Firm pf) {
            pf.capital += partnerValue;
        }
        end(sim, p, leadValue, partnerValue);
    }

    private void finishCampaign(RegioSim sim, Project p) {
        double value = sim.valuePerStartup / sim.scale;
        if (p.partner != null) {
            jointSuccess(sim, p);
        }
        end(sim, p, p.leadGain * value, p.partnerGain * value);
    }

    /** Common end: free the participants, reinforce their choice with the payoff, check exits. */
    private void end(RegioSim sim, Project p, double leadValue, double partnerValue) {
        p.ended = true;
        double leadPayoff = leadValue - p.leadCost;
        p.lead.experience(sim, p.leadChoseCooperate, comparable(sim, p.lead, leadPayoff), reward(sim, p.lead, leadPayoff));
        p.lead.project = null;
        if (p.partner != null) {
            double partnerPayoff = partnerValue - p.partnerCost;
            if (p.partner instanceof University u) {
                u.runningProjects--;
            } else {
                p.partner.experience(sim, true, comparable(sim, p.partner, partnerPayoff),
                        reward(sim, p.partner, partnerPayoff));
                p.partner.project = null;
            }
            checkExit(sim, p.partner);
        }
        checkExit(sim, p.lead);
    }

    /**
     * A payoff in units that agents of one kind can compare (for imitation): firms per
     * payoff_scale at median size, municipalities per euro of campaign budget.
     */
    private static double comparable(RegioSim sim, Agent a, double payoff) {
        if (a instanceof Municipality m) {
            double budget = m.budget() * sim.campaignDuration;
            return budget <= 0 ? 0.0 : payoff / budget;
        }
        if (a instanceof Firm f) {
            return payoff / (f.projectScale * sim.payoffScale);
        }
        return payoff / sim.payoffScale;
    }

    /**
     * Reinforcement from a payoff (Roth-Erev needs non-negative rewards). Firms: losing a whole
     * solo project stake gives none, each euro above that 1 / payoff_scale. Municipalities: the
     * value of the start-ups won net of transaction costs, per euro of their campaign budget.
     */
    private static double reward(RegioSim sim, Agent a, double payoff) {
        if (a instanceof Municipality m) {
            // Municipalities judge a campaign against their own budget for it: scale-free, so
            // Dortmund and Breckerfeld learn at the same pace.
            double budget = m.budget() * sim.campaignDuration;
            return budget <= 0 ? 0.0 : Math.max(0.0, payoff) / budget;
        }
        double reference = a instanceof Firm f ? sim.projectCost * f.projectScale : 0.0;
        return Math.max(0.0, payoff + reference) / sim.payoffScale;
    }

    private static void checkExit(RegioSim sim, Agent a) {
        if (a instanceof Firm f) {
            f.payOverhead(sim);
        }
        if (a instanceof Firm f && f.capital < 0 && f.active) {
            sim.demography.queueExit(f);
        }
    }

    private void jointSuccess(RegioSim sim, Project p) {
        int leadSlot = tieSlot(p.lead, p.partner);
        int partnerSlot = tieSlot(p.partner, p.lead);
        p.lead.ties.honour(leadSlot, sim.trustSuccessGain);
        p.partner.ties.honour(partnerSlot, sim.trustSuccessGain);
        int together = Math.min(p.lead.ties.countJointSuccess(leadSlot), p.partner.ties.countJointSuccess(partnerSlot));
        if (together >= sim.institutionThreshold) {
            sim.institutions().formFromPair(sim, p.lead, p.partner);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The slot of {@code other} in {@code a}'s ledger, looked up afresh each time: a ledger can
     * change during a project (a university takes other partners, a partner's partner exits), so
     * slots are never kept. A partner forgotten meanwhile is remembered again with generalised trust.
     */
    private static int tieSlot(Agent a, Agent other) {
        return a.ties.remember(other, a.generalisedTrust);
    }

    /** Draws the technologies a project combines: from one kene, or from both with at least one each. */
    static int[] drawHypothesis(Knowledge a, Knowledge b, int size, MersenneTwisterFast r) {
        return drawHypothesis(a, b, size, r, null);
    }

    /** As above, written into {@code reuse} if that has the length drawn (a spare project's array). */
    static int[] drawHypothesis(Knowledge a, Knowledge b, int size, MersenneTwisterFast r, int[] reuse) {
        int available = a.size() + (b == null ? 0 : b.size());
        int n = Math.min(size, available);
        int[] h = reuse != null && reuse.length == n ? reuse : new int[n];
        int k = 0;
        if (b != null && n >= 2 && b.size() > 0) {
            h[k++] = a.randomTechnology(r);
            int t = b.randomTechnology(r);
            if (!contains(h, k, t)) {
                h[k++] = t;
            }
        }
        int attempts = 0;
        while (k < n && attempts < 8 * n) {
            attempts++;
            Knowledge from = (b == null || b.size() == 0 || r.nextBoolean()) ? a : b;
            int t = from.randomTechnology(r);
            if (!contains(h, k, t)) {
                h[k++] = t;
            }
        }
        return k == n ? h : java.util.Arrays.copyOf(h, k);
    }

    private static boolean contains(int[] h, int k, int t) {
        for (int i = 0; i < k; i++) {
            if (h[i] == t) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAll(Knowledge k, int[] techs) {
        for (int t : techs) {
            if (!k.holds(t)) {
                return false;
            }
        }
        return true;
    }

    private static void practise(Knowledge k, int[] techs) {
        for (int t : techs) {
            k.practise(t, 0.1);
        }
    }

    private static void learnFrom(Knowledge learner, Knowledge teacher, MersenneTwisterFast r) {
        if (teacher.size() == 0) {
            return;
        }
        int t = teacher.randomTechnologyNotIn(learner, r);
        if (t >= 0) {
            learner.learn(t, teacher.ability(teacher.indexOf(t)) * 0.5, 1);
        }
    }

    /** True for a firm with a university (research spans fields) or with a firm of another lead market. */
    private static boolean crossMarket(Firm lead, Agent partner) {
        if (partner instanceof Firm pf) {
            return pf.market() != lead.market();
        }
        return partner instanceof University;
    }

    static int[] firstUnconnectedCrossFieldPair(TechnologySpace space, int[] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                if (space.field(h[i]) != space.field(h[j]) && !space.isConnected(h[i], h[j])) {
                    return new int[] {h[i], h[j]};
                }
            }
        }
        return null;
    }

    private static void connectAll(TechnologySpace space, int[] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                space.connect(h[i], h[j]);
            }
        }
    }

    private static double meanSpillover(TechnologySpace space, int[] h, int step) {
        if (h.length == 0) {
            return 0;
        }
        double s = 0;
        for (int t : h) {
            s += space.spillover(t, step);
        }
        return s / h.length;
    }

    private static void chargeCapital(Agent a, double amount) {
        if (a instanceof Firm f) {
            f.capital -= amount;
        }
    }

    private static boolean sameInstitution(Agent a, Agent b) {
        return a.institution != null && a.institution == b.institution;
    }
}
