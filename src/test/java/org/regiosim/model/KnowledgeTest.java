package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

class KnowledgeTest {

    private static Knowledge kene(int capacity, int... techs) {
        Knowledge k = new Knowledge(capacity);
        for (int t : techs) {
            k.learn(t, 0.5, 5);
        }
        return k;
    }

    @Test
    void cognitiveDistanceIsOneMinusJaccard() {
        assertThat(kene(5, 1, 2, 3).distanceTo(kene(5, 1, 2, 3))).isEqualTo(0.0);
        assertThat(kene(5, 1, 2).distanceTo(kene(5, 3, 4))).isEqualTo(1.0);
        // {1,2,3} vs {2,3,4}: 2 common, 4 in the union
        assertThat(kene(5, 1, 2, 3).distanceTo(kene(5, 2, 3, 4))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void fitIsAnInvertedUInDistance() {
        assertThat(PartnerSearch.fit(0.0)).isZero();
        assertThat(PartnerSearch.fit(1.0)).isZero();
        assertThat(PartnerSearch.fit(0.5)).isEqualTo(1.0);
        assertThat(PartnerSearch.fit(0.3)).isLessThan(PartnerSearch.fit(0.5)).isGreaterThan(PartnerSearch.fit(0.1));
    }

    @Test
    void whatAPartnerLearnsIsEachLackingCapabilityEquallyOften() {
        // teacher holds 1, 2, 3, 4; the learner holds 2 and 3. Starting at a random slot and taking
        // the next one the learner lacks would pick 4 three times in four.
        Knowledge teacher = kene(5, 1, 2, 3, 4);
        Knowledge learner = kene(5, 2, 3);
        ec.util.MersenneTwisterFast r = new ec.util.MersenneTwisterFast(1);
        int[] count = new int[5];
        for (int i = 0; i < 20_000; i++) {
            count[teacher.randomTechnologyNotIn(learner, r)]++;
        }
        assertThat(count[2] + count[3]).isZero();
        assertThat(count[1]).isBetween(9_500, 10_500);
        assertThat(count[4]).isBetween(9_500, 10_500);
        assertThat(kene(5, 2, 3).randomTechnologyNotIn(kene(5, 1, 2, 3), r)).isEqualTo(-1);
    }

    @Test
    void learningBeyondCapacityReplacesTheWeakest() {
        Knowledge k = new Knowledge(2);
        k.learn(1, 0.9, 9);
        k.learn(2, 0.1, 1);
        k.learn(3, 0.5, 5);
        assertThat(k.size()).isEqualTo(2);
        assertThat(k.holds(1)).isTrue();
        assertThat(k.holds(2)).isFalse();
        assertThat(k.holds(3)).isTrue();
    }

    @Test
    void practiseRaisesAbilityAndExpertise() {
        Knowledge k = kene(3, 7);
        double before = k.level();
        k.practise(7, 0.1);
        assertThat(k.ability(0)).isCloseTo(0.55, within(1e-6));
        assertThat(k.expertise(0)).isEqualTo(6);
        assertThat(k.level()).isGreaterThan(before);
    }

    @Test
    void hypothesisOfACooperationUsesBothKenes() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        Knowledge a = kene(5, 1, 2, 3);
        Knowledge b = kene(5, 10, 11, 12);
        for (int i = 0; i < 100; i++) {
            int[] h = Projects.drawHypothesis(a, b, 3, r);
            assertThat(h).hasSize(3).doesNotHaveDuplicates();
            assertThat(java.util.Arrays.stream(h).anyMatch(a::holds)).isTrue();
            assertThat(java.util.Arrays.stream(h).anyMatch(b::holds)).isTrue();
        }
    }
}
