package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChoiceLearnerTest {

    @Test
    void rewardingCooperationMakesItMoreLikely() {
        ChoiceLearner l = new ChoiceLearner(0.3);
        l.reinforce(true, 1.0, 0.1, 0.2);
        // cooperate: 0.9 x 0.3 + 0.8 = 1.07; compete: 0.9 x 0.7 + 0.2 = 0.83
        assertThat(l.cooperatePropensity()).isCloseTo(1.07, within(1e-12));
        assertThat(l.competePropensity()).isCloseTo(0.83, within(1e-12));
        assertThat(l.cooperationProbability()).isCloseTo(1.07 / 1.90, within(1e-12));
    }

    @Test
    void rewardingCompetitionMakesCooperationLessLikely() {
        ChoiceLearner l = new ChoiceLearner(0.5);
        for (int i = 0; i < 10; i++) {
            l.reinforce(false, 1.0, 0.1, 0.2);
        }
        assertThat(l.cooperationProbability()).isLessThan(0.3);
    }

    @Test
    void noRewardKeepsTheOddsAndNegativeRewardsCountAsNone() {
        ChoiceLearner l = new ChoiceLearner(0.3);
        l.reinforce(true, 0.0, 0.1, 0.2);
        assertThat(l.cooperationProbability()).isCloseTo(0.3, within(1e-12));
        l.reinforce(true, -5.0, 0.1, 0.2);
        assertThat(l.cooperationProbability()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void propensitiesNeverVanish() {
        ChoiceLearner l = new ChoiceLearner(0.5);
        for (int i = 0; i < 10_000; i++) {
            l.reinforce(true, 0.0, 0.5, 0.0);
        }
        assertThat(l.cooperatePropensity()).isPositive();
        assertThat(l.cooperationProbability()).isBetween(0.0, 1.0);
    }
}
