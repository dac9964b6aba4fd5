package org.regiosim.model;

import sim.engine.Steppable;

/**
 * What firms, universities and municipalities share: an identity, a learned choice between
 * cooperating and competing, generalised trust (toward unknown partners), remembered partners
 * with trust, and membership of at most one institution.
 */
public abstract class Agent implements Steppable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final AgentKind kind;
    final ChoiceLearner learner;
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

    protected Agent(int id, AgentKind kind, double initialPropensity, int memory, double generalisedTrust) {
        this.id = id;
        this.kind = kind;
        this.learner = new ChoiceLearner(initialPropensity);
        this.ties = new TrustLedger(memory);
        this.generalisedTrust = generalisedTrust;
    }

    public int getId() { return id; }
    public AgentKind kind() { return kind; }
    public boolean isActive() { return active; }
    public boolean isBusy() { return project != null; }
    public Project project() { return project; }
    public Institution institution() { return institution; }
    public TrustLedger ties() { return ties; }
    public ChoiceLearner learner() { return learner; }

    /** Knowledge for firms and universities; null for municipalities. */
    public abstract Knowledge knowledge();

    /** Home municipality (for a municipality: itself). */
    public abstract Municipality home();

    // ---- inspector properties (read by MASON's inspectors) ----
    public double getGeneralisedTrust() { return generalisedTrust; }
    public double getCooperationProbability() { return learner.cooperationProbability(); }
    public boolean getChoseCooperate() { return choseCooperate; }
    /** Quarter of the agent's last own decision to cooperate or compete, -1 before its first. */
    public int getLastDecisionStep() { return lastDecisionStep; }
    public int getRememberedPartners() { return ties.size(); }
    public String getInstitution() { return institution == null ? "none" : institution.toString(); }
    public String getCurrentProject() { return project == null ? "idle" : project.toString(); }

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
