package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

class MarketsTest {

    private final Parameters p = Parameters.defaults().with(ParameterSchema.INNOVATION_VALUE, 100_000.0)
            .with(ParameterSchema.CROWDING, 4.0).with(ParameterSchema.MARKET_CREATION, 1.0)
            .with(ParameterSchema.DEMAND_REVERSION, 0.0).with(ParameterSchema.LEGACY_DECLINE, 0.1);

    /** A population with {@code n} firms in the health market. */
    private static Population firmsInHealth(int n) {
        Municipality m = new Municipality(0, 0, new MunicipalitySpec("m", "d", 1000, 51.5, 7.0), 1000, 1, 1, 1,
                new double[LeadMarket.count()], 0.5, new TrustLedger(4), 0.3);
        Population pop = new Population(1);
        for (int i = 0; i < n; i++) {
            pop.add(new Firm(i + 1, m, LeadMarket.HEALTH, 5, 1.0, new Knowledge(3), 1000, 0, 0.5, new TrustLedger(4), 0.3, 0, null));
        }
        return pop;
    }

    @Test
    void rivalsGoingAloneDivideTheMarket() {
        Markets markets = new Markets(p);
        int health = LeadMarket.HEALTH.ordinal();
        assertThat(markets.innovationValue(health)).isEqualTo(100_000.0);
        for (int i = 0; i < 25; i++) {
            markets.countSoloStart(health);
        }
        markets.endQuarter(firmsInHealth(100));
        // 25 of 100 firms went alone: 100,000 / (1 + 4 x 0.25) = 50,000
        assertThat(markets.innovationValue(health)).isCloseTo(50_000.0, within(1e-6));
    }

    @Test
    void cooperativeInnovationsCreateDemand() {
        Markets markets = new Markets(p);
        int health = LeadMarket.HEALTH.ordinal();
        for (int i = 0; i < 10; i++) {
            markets.countCooperativeInnovation(health);
        }
        markets.endQuarter(firmsInHealth(100));
        assertThat(markets.demand(health)).isCloseTo(1.1, within(1e-12));
        assertThat(markets.demand(LeadMarket.MOBILITY.ordinal())).isEqualTo(1.0);
    }

    @Test
    void legacyMarketsShrink() {
        Markets markets = new Markets(p);
        markets.endQuarter(firmsInHealth(1));
        assertThat(markets.demand(LeadMarket.COAL.ordinal())).isCloseTo(0.9, within(1e-12));
        assertThat(List.of(LeadMarket.COAL, LeadMarket.STEEL)).allMatch(LeadMarket::isLegacy);
    }
}
