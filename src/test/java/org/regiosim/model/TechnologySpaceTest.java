package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TechnologySpaceTest {

    @Test
    void onlyUnconnectedPairsAcrossFieldsAreNew() {
        TechnologySpace s = new TechnologySpace(4, 10);
        int a = s.initialTechnology(0, 0);
        int b = s.initialTechnology(0, 1);
        int c = s.initialTechnology(3, 2);
        assertThat(Projects.firstUnconnectedCrossFieldPair(s, new int[] {a, b})).isNull(); // same field
        assertThat(Projects.firstUnconnectedCrossFieldPair(s, new int[] {a, b, c})).containsExactly(a, c);
        assertThat(s.connect(a, c)).isTrue();
        assertThat(s.connect(c, a)).isFalse();
        assertThat(Projects.firstUnconnectedCrossFieldPair(s, new int[] {a, c})).isNull();
        assertThat(Projects.firstUnconnectedCrossFieldPair(s, new int[] {a, b, c})).containsExactly(b, c);
    }

    @Test
    void createdTechnologiesGrowTheSpace() {
        TechnologySpace s = new TechnologySpace(2, 10);
        int before = s.count();
        for (int i = 0; i < 100; i++) {
            int t = s.create(i % LeadMarket.count(), 0);
            assertThat(t).isEqualTo(before + i);
            assertThat(s.field(t)).isEqualTo(i % LeadMarket.count());
        }
    }

    @Test
    void spilloverHalvesAfterItsHalfLife() {
        TechnologySpace s = new TechnologySpace(2, 10);
        s.addSpillover(3, 0, 1.0);
        assertThat(s.spillover(3, 10)).isCloseTo(0.5, within(1e-12));
        assertThat(s.spillover(3, 20)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void longSetHoldsManyPairs() {
        LongHashSet set = new LongHashSet(4);
        for (long i = 0; i < 100_000; i++) {
            assertThat(set.add(i * 31)).isTrue();
        }
        assertThat(set.size()).isEqualTo(100_000);
        assertThat(set.contains(31 * 500)).isTrue();
        assertThat(set.contains(31 * 500 + 1)).isFalse();
        assertThat(set.add(31 * 500)).isFalse();
    }
}
