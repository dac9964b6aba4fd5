package org.regiosim.model;

import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;

/**
 * Demand and rivalry in each lead market. Complementors create markets: cooperative innovations
 * raise a market's demand index. Competitors divide them: the value of an innovation falls with
 * the share of the market's firms that went alone last quarter. The legacy markets shrink.
 */
public final class Markets {

    private final double innovationValue;
    private final double crowding;
    private final double creation;
    private final double reversion;
    private final double legacyDecline;
    private final double[] demand = new double[LeadMarket.count()];
    private final double[] soloShareLastQuarter = new double[LeadMarket.count()];
    private final int[] soloStarts = new int[LeadMarket.count()];
    private final int[] cooperativeInnovations = new int[LeadMarket.count()];

    public Markets(Parameters p) {
        innovationValue = p.real(ParameterSchema.INNOVATION_VALUE);
        crowding = p.real(ParameterSchema.CROWDING);
        creation = p.real(ParameterSchema.MARKET_CREATION);
        reversion = p.real(ParameterSchema.DEMAND_REVERSION);
        legacyDecline = p.real(ParameterSchema.LEGACY_DECLINE);
        java.util.Arrays.fill(demand, 1.0);
    }

    /** Value (EUR) of one successful innovation in a market now, before any split between partners. */
    public double innovationValue(int market) {
        return innovationValue * demand[market] / (1.0 + crowding * soloShareLastQuarter[market]);
    }

    public double demand(int market) { return demand[market]; }

    void countSoloStart(int market) { soloStarts[market]++; }

    void countCooperativeInnovation(int market) { cooperativeInnovations[market]++; }

    /** End of quarter: update demand and rivalry from this quarter's counts, then reset them. */
    void endQuarter(Population firms) {
        for (int m = 0; m < demand.length; m++) {
            int n = firms.sizeInMarket(m);
            soloShareLastQuarter[m] = n == 0 ? 0 : (double) soloStarts[m] / n;
            if (LeadMarket.of(m).isLegacy()) {
                demand[m] *= 1.0 - legacyDecline;
            } else {
                double created = n == 0 ? 0 : creation * cooperativeInnovations[m] / n;
                demand[m] += created - reversion * (demand[m] - 1.0);
            }
            soloStarts[m] = 0;
            cooperativeInnovations[m] = 0;
        }
    }
}
