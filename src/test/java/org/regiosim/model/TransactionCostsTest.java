package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/** Transaction costs fall with trust, existing ties and shared institutions (hand-computed values). */
class TransactionCostsTest {

    private final Parameters p = Parameters.defaults()
            .with(ParameterSchema.SEARCH_COST, 1000.0)
            .with(ParameterSchema.KNOWN_PARTNER_SEARCH_FACTOR, 0.2)
            .with(ParameterSchema.NEGOTIATION_COST, 8000.0)
            .with(ParameterSchema.MONITORING_COST, 3000.0)
            .with(ParameterSchema.TRUST_DISCOUNT, 0.8)
            .with(ParameterSchema.INSTITUTION_DISCOUNT, 0.4);
    private final TransactionCosts costs = new TransactionCosts(p);

    @Test
    void higherTrustGivesLowerNegotiationAndMonitoringCost() {
        assertThat(costs.negotiation(0.0, false, 1.0)).isEqualTo(8000.0);
        // 8000 x (1 - 0.8 x 0.5) = 4800
        assertThat(costs.negotiation(0.5, false, 1.0)).isCloseTo(4800.0, within(1e-9));
        assertThat(costs.monitoring(1.0, false, 1.0)).isCloseTo(3000.0 * 0.2, within(1e-9));
        assertThat(costs.monitoring(0.9, false, 1.0)).isLessThan(costs.monitoring(0.3, false, 1.0));
    }

    @Test
    void rememberedPartnerIsCheaperToScreen() {
        assertThat(costs.search(false, false, 1.0)).isEqualTo(1000.0);
        assertThat(costs.search(true, false, 1.0)).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void sharedInstitutionLowersAllThreeParts() {
        assertThat(costs.search(false, true, 1.0)).isCloseTo(600.0, within(1e-9));
        assertThat(costs.negotiation(0.0, true, 1.0)).isCloseTo(4800.0, within(1e-9));
        assertThat(costs.monitoring(0.0, true, 1.0)).isCloseTo(1800.0, within(1e-9));
    }

    @Test
    void municipalCostFactorScalesCosts() {
        assertThat(costs.negotiation(0.0, false, 3.0)).isCloseTo(24000.0, within(1e-9));
    }
}
