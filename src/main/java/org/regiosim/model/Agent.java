package org.regiosim.model;

import sim.engine.Steppable;

/**
 * What firms, universities and municipalities share: an identity, a learned choice between
 * cooperating and competing, generalised trust (toward unknown partners), remembered partners
 * with trust, and membership of at most one institution.
 */
public abstract class Agent extends ChoiceLearner implements Steppable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final AgentKind kind;
    final TrustLedger ties;
    double generalisedTrust;
    Institution institution;
    int institutionSlot = -1;
    /** The current project or campaign, or null when idle. */
    Project project;
    /** Last decision: true if it chose to cooperate. */
    boolean choseCooperate;
    /** Step of the last decision, -1 if none yet. */
    int lastDecisionStep = -1;
    boolean active = true;
    /** The payoff of the agent's last completed action, in comparable units (see Projects), for peers to imitate. */
    double lastPayoff;
    boolean lastPayoffCooperated;
    boolean hasExperience;

    protected Agent(int id, AgentKind kind, double initialPropensity, TrustLedger ties, double generalisedTrust) {
        super(initialPropensity);
        this.id = id;
        this.kind = kind;
        this.ties = ties;
        this.generalisedTrust = generalisedTrust;
    }

    public int getId() { return id; }
    public AgentKind kind() { return kind; }
    public boolean isActive() { return active; }
    public boolean isBusy() { return project != null; }
    public Project project() { return project; }
    public Institution institution() { return institution; }
    public TrustLedger ties() { return ties; }
    /** The agent's learned choice (its propensities). */
    public ChoiceLearner learner() { return this; }

    /** Knowledge for firms and universities; null for municipalities. */
    public abstract Knowledge knowledge();

    /**
     * Reads what acting reads first: the agent, its trust ledger and its kene. The firm phase and
     * the projects call this for agents a few places ahead of the one acting, so that the processor
     * fetches several of them from main memory at once instead of one after the other
     * (docs/PERFORMANCE.md). It changes nothing; the value it returns only keeps the reads from
     * being optimised away.
     */
    final int readAhead() {
        Knowledge k = knowledge();
        return (project == null ? 0 : 1) + ties.readAhead() + (k == null ? 0 : k.readAhead());
    }

    /** Home municipality (for a municipality: itself). */
    public abstract Municipality home();

    // ---- inspector properties (read by MASON's inspectors) ----
    public double getGeneralisedTrust() { return generalisedTrust; }
    public double getCooperationProbability() { return cooperationProbability(); }
    public boolean getChoseCooperate() { return choseCooperate; }
    /** Quarter of the agent's last own decision to cooperate or compete, -1 before its first. */
    public int getLastDecisionStep() { return lastDecisionStep; }
    public int getRememberedPartners() { return ties.size(); }
    public String getInstitution() { return institution == null ? "none" : institution.toString(); }
    public String getCurrentProject() { return project == null ? "idle" : project.toString(); }

    /**
     * Chooses to cooperate or compete. With probability learning.imitation_share, once it has
     * experience of its own, it compares its last payoff with the outcome of a recent action of a
     * peer (one of the last outcomes of its peer group, drawn at random) and adopts the peer's
     * action with the Fermi probability 1 / (1 + exp(-s (peer - own))), else keeps its own last
     * action; otherwise it draws from its own reinforced propensities (Roth-Erev).
     */
    final boolean decide(RegioSim sim) {
        ec.util.MersenneTwisterFast r = sim.random;
        if (hasExperience && sim.imitationShare > 0 && r.nextDouble() < sim.imitationShare) {
            PeerOutcomes peers = peerGroup(sim);
            if (peers.isEmpty()) {
                return lastPayoffCooperated;
            }
            int i = peers.draw(r);
            double adopt = 1.0 / (1.0 + Math.exp(-sim.imitationIntensity * (peers.payoff(i) - lastPayoff)));
            return r.nextDouble() < adopt ? peers.cooperated(i) : lastPayoffCooperated;
        }
        return chooseCooperate(r);
    }

    /** The agent's peer group: firms of its lead market, universities, or municipalities. */
    abstract PeerOutcomes peerGroup(RegioSim sim);

    /** Learns from an action's outcome: reinforces it, and tells its peer group how it went. */
    final void experience(RegioSim sim, boolean cooperated, double comparablePayoff, double reward) {
        reinforce(cooperated, reward, sim.recency, sim.experimentation);
        lastPayoff = comparablePayoff;
        lastPayoffCooperated = cooperated;
        hasExperience = true;
        peerGroup(sim).record(comparablePayoff, cooperated);
    }

    /** Trust toward {@code other}: remembered trust, else generalised, plus structural trust within an institution. */
    double trustToward(Agent other, double structuralTrust) {
        double t = ties.trustIn(other, generalisedTrust);
        if (institution != null && institution == other.institution) {
            t += structuralTrust;
        }
        return t > 1 ? 1 : t;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
    }
}
