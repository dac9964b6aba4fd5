package org.regiosim.model;

import ec.util.MersenneTwisterFast;

/**
 * What a peer group has recently experienced: the payoff and the action of its last completed
 * actions (a ring of fixed size). Agents imitate by comparing their own last payoff with one of
 * these, drawn at random: they hear how recent projects of firms in their market (or of other
 * universities, other municipalities) went. Kept per group, small and in cache, so imitation
 * costs no access to a random agent's memory.
 */
final class PeerOutcomes {

    private final double[] payoff;
    private final boolean[] cooperated;
    private int size;
    private int next;

    PeerOutcomes(int capacity) {
        payoff = new double[capacity];
        cooperated = new boolean[capacity];
    }

    void record(double comparablePayoff, boolean coop) {
        payoff[next] = comparablePayoff;
        cooperated[next] = coop;
        next = (next + 1) % payoff.length;
        if (size < payoff.length) {
            size++;
        }
    }

    boolean isEmpty() { return size == 0; }

    /** Index of a random recorded outcome; call only when not empty. */
    int draw(MersenneTwisterFast r) { return r.nextInt(size); }

    double payoff(int i) { return payoff[i]; }

    boolean cooperated(int i) { return cooperated[i]; }
}
