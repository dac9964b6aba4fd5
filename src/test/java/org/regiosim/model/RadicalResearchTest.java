package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

class RadicalResearchTest {

    @Test
    void radicalResearchDrawsOnlyTechnologiesTheFirmDoesNotHoldAndAllOfThem() {
        TechnologySpace space = new TechnologySpace(12, 8);
        int field = 2;
        Knowledge k = new Knowledge(20);
        for (int i = 0; i < 12; i += 2) {
            k.learn(space.initialTechnology(field, i), 0.5, 3); // holds the even ones
        }
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        Set<Integer> drawn = new HashSet<>();
        for (int n = 0; n < 2000; n++) {
            int t = Projects.unheldTechnologyOfField(space, field, k, r);
            assertThat(k.holds(t)).isFalse();
            assertThat(space.field(t)).isEqualTo(field);
            drawn.add(t);
        }
        assertThat(drawn).hasSize(6);
        for (int i = 1; i < 12; i += 2) {
            k.learn(space.initialTechnology(field, i), 0.5, 3);
        }
        assertThat(Projects.unheldTechnologyOfField(space, field, k, r)).isEqualTo(-1);
    }
}
