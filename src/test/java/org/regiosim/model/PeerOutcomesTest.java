package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/** Imitation hears of a quarter's outcomes in proportion to how often they happened. */
class PeerOutcomesTest {

    @Test
    void aQuarterWithMoreOutcomesThanTheRingHoldsIsSampledUniformly() {
        // As in a market at full scale: 100 defections recorded first (payoffs 0 to 99, not
        // cooperated), then 900 completed projects (payoffs 100 to 999). Entered in that order, the
        // last 64 would hold no defection at all.
        int defectionsSeen = 0;
        int rounds = 400;
        for (int seed = 0; seed < rounds; seed++) {
            PeerOutcomes peers = new PeerOutcomes(64);
            for (int i = 0; i < 1000; i++) {
                peers.record(i, i >= 100);
            }
            peers.publish(new MersenneTwisterFast(seed));
            java.util.Set<Double> kept = new java.util.HashSet<>();
            for (int k = 0; k < 64; k++) {
                kept.add(peers.payoff(k));
                assertThat(peers.cooperated(k)).isEqualTo(peers.payoff(k) >= 100);
                if (peers.payoff(k) < 100) {
                    defectionsSeen++;
                }
            }
            assertThat(kept).as("a selection: no outcome kept twice").hasSize(64);
        }
        // expected 6.4 of 64 per round; the standard error of the mean over 400 rounds is about 0.12
        assertThat(defectionsSeen / (double) rounds).isBetween(5.9, 6.9);
    }

    @Test
    void fewerOutcomesThanTheRingHoldsAreAllKeptBesideTheOlderOnes() {
        PeerOutcomes peers = new PeerOutcomes(4);
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        peers.record(1, true);
        peers.record(2, true);
        peers.record(3, true);
        assertThat(peers.isEmpty()).as("nothing is known before it is published").isTrue();
        peers.publish(r);
        peers.record(4, false);
        peers.record(5, false);
        peers.publish(r);
        // a ring of 4: the oldest (1) gave way to the newest
        java.util.Set<Double> held = new java.util.HashSet<>();
        for (int k = 0; k < 4; k++) {
            held.add(peers.payoff(k));
        }
        assertThat(held).containsExactlyInAnyOrder(2.0, 3.0, 4.0, 5.0);
    }
}
