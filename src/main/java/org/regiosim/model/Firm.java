package org.regiosim.model;

import sim.engine.SimState;

/**
 * A firm: it lives in a municipality, is active in one lead market, holds a kene, capital and a
 * learned propensity to cooperate. When idle and given a project opportunity it chooses to
 * cooperate (search a partner, negotiate, run a joint project) or to compete (a solo project in a
 * market it shares with rivals).
 */
public final class Firm extends Agent {

    private static final long serialVersionUID = 1L;

    private final Municipality home;
    private final LeadMarket market;
    private final int employees;
    /** Project cost and value scale with sqrt(employees / median): small firms run small projects. */
    final double projectScale;
    final Knowledge knowledge;
    /** Per-quarter probability of defecting at zero trust is opportunism (scaled by 1 - trust). */
    final double opportunism;
    final int bornStep;
    /** Fixed at founding: the university a spin-off came from, else null. */
    final University parentUniversity;
    double capital;
    /** The quarter up to which overhead has been charged to capital. */
    int overheadPaidUntil;
    /** Queued to exit at the end of this quarter (capital below zero): takes no new project. */
    boolean leaving;
    int slotAll;
    int slotMarket;
    int slotMunicipality;

    Firm(int id, Municipality home, LeadMarket market, int employees, double projectScale, Knowledge knowledge,
         double capital, double opportunism, double propensity, TrustLedger ties, double generalisedTrust,
         int bornStep, University parentUniversity) {
        super(id, AgentKind.FIRM, propensity, ties, generalisedTrust);
        this.home = home;
        this.market = market;
        this.employees = employees;
        this.projectScale = projectScale;
        this.knowledge = knowledge;
        this.capital = capital;
        this.opportunism = opportunism;
        this.bornStep = bornStep;
        this.parentUniversity = parentUniversity;
        this.overheadPaidUntil = bornStep;
    }

    /**
     * Charges the overhead of the quarters since it was last charged. Charged lazily, whenever the
     * firm acts or a project of its ends, so that idle firms cost nothing per quarter; the amount is
     * the same as if it were charged every quarter.
     */
    void payOverhead(RegioSim sim) {
        int now = sim.currentStep();
        if (now > overheadPaidUntil) {
            capital -= sim.overheadPerEmployee * employees * (now - overheadPaidUntil);
            overheadPaidUntil = now;
        }
    }

    /**
     * Decides on a project opportunity (the firm phase calls this for the idle firms that drew
     * one this quarter): cooperate or compete, then search, negotiate and start the project.
     */
    @Override
    public void step(SimState state) {
        if (project != null || !active) {
            return; // it became another firm's partner earlier this quarter
        }
        RegioSim sim = (RegioSim) state;
        payOverhead(sim);
        if (capital < 0) {
            sim.demography.queueExit(this);
            return; // out of money: it leaves instead of starting a project
        }
        boolean cooperate = decide(sim);
        choseCooperate = cooperate;
        lastDecisionStep = sim.currentStep();
        sim.tally.decision(AgentKind.FIRM, cooperate);
        if (cooperate) {
            PartnerSearch.Result found = sim.partnerSearch.findPartner(sim, this);
            if (found.partner() != null) {
                sim.projects.startCooperation(sim, this, found);
                return;
            }
            sim.projects.startSolo(sim, this, true, found.searchCost());
        } else {
            sim.projects.startSolo(sim, this, false, 0.0);
        }
    }

    /** Peers are firms of the same lead market: they face the same market and rivals. */
    @Override
    PeerOutcomes peerGroup(RegioSim sim) {
        return sim.firmPeers[market.ordinal()];
    }

    /** Running a project, or leaving at the end of the quarter: either way not a partner now. */
    @Override
    public boolean isBusy() { return project != null || leaving; }

    /**
     * Capital with the overhead owed up to the current quarter deducted, as if charged every
     * quarter (it is charged lazily, when the firm acts; {@link #capital()} is the booked amount).
     */
    public double capitalNow(RegioSim sim) {
        int now = sim.currentStep();
        return now > overheadPaidUntil ? capital - sim.overheadPerEmployee * employees * (now - overheadPaidUntil) : capital;
    }

    @Override
    public Knowledge knowledge() { return knowledge; }
    @Override
    public Municipality home() { return home; }
    public LeadMarket market() { return market; }
    public int employees() { return employees; }
    public double capital() { return capital; }

    // inspector properties
    public String getMarket() { return market.key(); }
    public String getMunicipality() { return home.name(); }
    public int getEmployees() { return employees; }
    public double getCapital() { return capital; }
    public double getOpportunism() { return opportunism; }
    public double getKnowledgeLevel() { return knowledge.level(); }
    public int getFounded() { return bornStep; }
}
