package org.regiosim.model;

import sim.engine.SimState;

/**
 * An institution of higher education. Each quarter it chooses to open for transfer (cooperate:
 * take firms' joint projects up to its capacity, found spin-offs) or to compete for research
 * grants. It learns from the income of the quarter: transfer income or grants.
 */
public final class University extends Agent {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final Municipality home;
    private final String type;
    private final Knowledge knowledge;
    private final int capacity;
    /** Initial probability of opening for transfer; scales its spin-off rate. */
    private final double transferOrientation;
    int runningProjects;
    /** Income (EUR) since the last decision, the reward for that decision. */
    double incomeSinceDecision;
    double spinoffCarry;
    int spinoffs;
    int transferProjects;

    University(int id, String name, Municipality home, String type, Knowledge knowledge, int capacity,
               double transferOrientation, TrustLedger ties, double generalisedTrust) {
        super(id, AgentKind.UNIVERSITY, transferOrientation, ties, generalisedTrust);
        this.name = name;
        this.home = home;
        this.type = type;
        this.knowledge = knowledge;
        this.capacity = capacity;
        this.transferOrientation = transferOrientation;
    }

    @Override
    public void step(SimState state) {
        RegioSim sim = (RegioSim) state;
        if (lastDecisionStep >= 0) {
            double income = incomeSinceDecision / sim.payoffScale;
            experience(sim, choseCooperate, income, income);
        }
        incomeSinceDecision = 0;
        choseCooperate = decide(sim);
        lastDecisionStep = sim.currentStep();
        sim.tally.decision(AgentKind.UNIVERSITY, choseCooperate);
        ties.forgetInactive();
        if (choseCooperate) {
            // Expected spin-offs per quarter, realised as whole firms with the fractions carried
            // over, so the long-run rate is exact and only the timing is random.
            spinoffCarry += sim.spinoffRate * sim.scale * transferOrientation * state.random.nextDouble() * 2.0;
            while (spinoffCarry >= 1.0) {
                spinoffCarry -= 1.0;
                sim.demography.queueSpinoff(this);
            }
        } else if (state.random.nextDouble() < sim.grantSuccess) {
            incomeSinceDecision += sim.grantValue;
        }
    }

    /** True if it takes a new transfer project this quarter. */
    boolean acceptsTransfer() {
        return active && choseCooperate && runningProjects < capacity;
    }

    @Override
    public boolean isBusy() { return runningProjects >= capacity; }
    @Override
    PeerOutcomes peerGroup(RegioSim sim) {
        return sim.universityPeers;
    }

    @Override
    public Knowledge knowledge() { return knowledge; }
    @Override
    public Municipality home() { return home; }
    public String name() { return name; }
    public String type() { return type; }
    public int capacity() { return capacity; }

    // inspector properties
    public String getName() { return name; }
    public String getCity() { return home.name(); }
    public String getType() { return type; }
    public int getCapacity() { return capacity; }
    public int getRunningProjects() { return runningProjects; }
    public double getTransferOrientation() { return transferOrientation; }
    public int getSpinoffs() { return spinoffs; }
    public int getTransferProjects() { return transferProjects; }

    @Override
    public String toString() { return name; }
}
