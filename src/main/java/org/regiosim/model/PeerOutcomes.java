package org.regiosim.model;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;

/**
 * What a peer group has recently experienced: the payoff and the action of its last completed
 * actions (a ring of fixed size). Agents imitate by comparing their own last payoff with one of
 * these, drawn at random: they hear how recent projects of firms in their market (or of other
 * universities, other municipalities) went. Kept per group, small and in cache, so imitation
 * costs no access to a random agent's memory.
 *
 * <p>Outcomes become known once a quarter ({@link #publish}), after the projects of the quarter
 * have ended, in random order. Within a quarter they arise in a systematic order (defections
 * while cooperations are monitored, then the projects due, in the order they started): had they
 * entered the ring in that order, a quarter with more outcomes than the ring holds would leave
 * only its last ones, and from scale 0.2 on the ring held almost no defection at all.
 */
final class PeerOutcomes {

    private final double[] payoff;
    private final boolean[] cooperated;
    private int size;
    private int next;
    /** Outcomes recorded since the last publish. */
    private double[] pendingPayoff = new double[16];
    private boolean[] pendingCooperated = new boolean[16];
    private int pending;

    PeerOutcomes(int capacity) {
        payoff = new double[capacity];
        cooperated = new boolean[capacity];
    }

    /** Records an outcome; the peers learn of it at the next {@link #publish}. */
    void record(double comparablePayoff, boolean coop) {
        if (pending == pendingPayoff.length) {
            pendingPayoff = Arrays.copyOf(pendingPayoff, pending * 2);
            pendingCooperated = Arrays.copyOf(pendingCooperated, pending * 2);
        }
        pendingPayoff[pending] = comparablePayoff;
        pendingCooperated[pending] = coop;
        pending++;
    }

    /**
     * Makes the outcomes recorded since the last call known to the group. If they fill the ring
     * or more, a uniformly random selection of them fills it; otherwise all of them
     * replace the oldest (no draw is needed then: which slot holds which is irrelevant to
     * {@link #draw}).
     */
    void publish(MersenneTwisterFast r) {
        int capacity = payoff.length;
        if (pending >= capacity) {
            // Partial Fisher-Yates: the first `capacity` places get a uniform random subset.
            for (int i = 0; i < capacity; i++) {
                int j = i + r.nextInt(pending - i);
                double p = pendingPayoff[j];
                boolean c = pendingCooperated[j];
                pendingPayoff[j] = pendingPayoff[i];
                pendingCooperated[j] = pendingCooperated[i];
                payoff[i] = p;
                cooperated[i] = c;
            }
            size = capacity;
            next = 0;
        } else {
            for (int i = 0; i < pending; i++) {
                payoff[next] = pendingPayoff[i];
                cooperated[next] = pendingCooperated[i];
                next = (next + 1) % capacity;
                if (size < capacity) {
                    size++;
                }
            }
        }
        pending = 0;
    }

    boolean isEmpty() { return size == 0; }

    /** Index of a random published outcome; call only when not empty. */
    int draw(MersenneTwisterFast r) { return r.nextInt(size); }

    double payoff(int i) { return payoff[i]; }

    boolean cooperated(int i) { return cooperated[i]; }
}
