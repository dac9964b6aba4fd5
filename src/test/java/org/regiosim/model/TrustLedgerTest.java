package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrustLedgerTest {

    private static Agent agent(int id) {
        return new Municipality(id, id, new MunicipalitySpec("m" + id, "d", 1000, 51.5, 7.0), 1000, 1, 1, 1,
                new double[LeadMarket.count()], 0.5, new TrustLedger(4), 0.3);
    }

    @Test
    void trustGrowsSlowlyAndFallsFast() {
        TrustLedger l = new TrustLedger(4);
        int s = l.remember(agent(1), 0.5);
        l.honour(s, 0.1);
        assertThat(l.trust(s)).isCloseTo(0.55, within(1e-6)); // 0.5 + 0.1 x 0.5
        l.betray(s, 0.6);
        assertThat(l.trust(s)).isCloseTo(0.22, within(1e-6)); // 0.55 - 0.6 x 0.55
        // One betrayal undoes more than several honoured quarters build.
        double before = l.trust(s);
        for (int i = 0; i < 3; i++) {
            l.honour(s, 0.1);
        }
        assertThat(l.trust(s) - before).isLessThan(0.55 - 0.22);
    }

    @Test
    void betrayalResetsJointSuccesses() {
        TrustLedger l = new TrustLedger(4);
        int s = l.remember(agent(1), 0.5);
        l.countJointSuccess(s);
        l.countJointSuccess(s);
        assertThat(l.jointSuccesses(s)).isEqualTo(2);
        l.betray(s, 0.5);
        assertThat(l.jointSuccesses(s)).isZero();
    }

    @Test
    void fullLedgerForgetsTheLeastTrustedPartner() {
        TrustLedger l = new TrustLedger(2);
        Agent a = agent(1);
        Agent b = agent(2);
        Agent c = agent(3);
        l.remember(a, 0.9);
        l.remember(b, 0.1);
        l.remember(c, 0.5);
        assertThat(l.size()).isEqualTo(2);
        assertThat(l.indexOf(b)).isNegative();
        assertThat(l.indexOf(a)).isNotNegative();
        assertThat(l.trustIn(c, -1)).isCloseTo(0.5, within(1e-6));
        assertThat(l.trustIn(b, 0.33)).isEqualTo(0.33);
    }

    @Test
    void inactivePartnersAreForgotten() {
        TrustLedger l = new TrustLedger(3);
        Agent a = agent(1);
        Agent b = agent(2);
        l.remember(a, 0.4);
        l.remember(b, 0.6);
        a.active = false;
        l.forgetInactive();
        assertThat(l.size()).isEqualTo(1);
        assertThat(l.partner(0)).isSameAs(b);
    }
}
