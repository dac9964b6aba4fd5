package org.regiosim.model;

import ec.util.MersenneTwisterFast;

/**
 * Learns the choice between cooperating and competing from payoffs: Roth-Erev reinforcement
 * learning with two actions (Roth and Erev 1995; recency phi, experimentation epsilon). The
 * chosen action's propensity gains (1 - epsilon) x reward, the other epsilon x reward, and both
 * decay by phi. Rewards are non-negative; the caller maps payoffs onto them.
 */
public class ChoiceLearner {

    /** Propensities never fall below this, so that no action becomes impossible. */
    private static final double FLOOR = 1e-4;

    private double cooperate;
    private double compete;

    /**
     * Starts with total propensity 1 split so that P(cooperate) = initialProbability. Agents
     * extend this class rather than hold one, so that the propensities sit in the agent's own
     * object: the decision of every deciding firm then costs one memory access less.
     */
    public ChoiceLearner(double initialProbability) {
        this.cooperate = initialProbability;
        this.compete = 1.0 - initialProbability;
    }

    /** Probability of choosing to cooperate now. */
    public double cooperationProbability() {
        return cooperate / (cooperate + compete);
    }

    public boolean chooseCooperate(MersenneTwisterFast random) {
        return random.nextDouble() < cooperationProbability();
    }

    /**
     * Reinforces the action taken.
     *
     * @param cooperated the action taken
     * @param reward a non-negative reward (payoff in reinforcement units)
     */
    public void reinforce(boolean cooperated, double reward, double recency, double experimentation) {
        double r = Math.max(0.0, reward);
        double taken = (1.0 - experimentation) * r;
        double other = experimentation * r;
        double keep = 1.0 - recency;
        if (cooperated) {
            cooperate = Math.max(FLOOR, keep * cooperate + taken);
            compete = Math.max(FLOOR, keep * compete + other);
        } else {
            compete = Math.max(FLOOR, keep * compete + taken);
            cooperate = Math.max(FLOOR, keep * cooperate + other);
        }
    }

    public double cooperatePropensity() { return cooperate; }
    public double competePropensity() { return compete; }
}
