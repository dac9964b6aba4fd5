package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regiosim.TestRegions;

class InstitutionsTest {

    @Test
    void aNetworkLeftWithOneMemberDissolvesAndFreesIt() {
        RegioSim sim = new RegioSim(4, TestRegions.small(0.002), TestRegions.ruhr());
        sim.start();
        Population firms = sim.population();
        Firm a = null;
        Firm b = null;
        Firm c = null;
        for (int i = 0; i < firms.size() && c == null; i++) {
            Firm f = firms.get(i);
            if (f.institution == null) {
                if (a == null) {
                    a = f;
                } else if (b == null) {
                    b = f;
                } else {
                    c = f;
                }
            }
        }
        int before = sim.institutions().count();
        sim.institutions().formFromPair(sim, a, b);
        sim.institutions().formFromPair(sim, a, c); // c joins a's network
        Institution network = a.institution;
        assertThat(network.size()).isEqualTo(3);
        assertThat(sim.institutions().count()).isEqualTo(before + 1);

        sim.removeFirm(b);
        assertThat(network.size()).isEqualTo(2);
        assertThat(sim.institutions().count()).isEqualTo(before + 1);

        sim.removeFirm(c);
        assertThat(a.institution).isNull();
        assertThat(sim.institutions().count()).isEqualTo(before);
        assertThat(sim.institutions().all()).doesNotContain(network);

        // ids stay unique after a dissolution
        sim.institutions().formFromPair(sim, a, firms.get(firms.size() - 1).institution == null
                ? firms.get(firms.size() - 1) : firms.get(firms.size() - 2));
        assertThat(sim.institutions().all().stream().map(Institution::id).distinct().count())
                .isEqualTo(sim.institutions().count());
    }
}
