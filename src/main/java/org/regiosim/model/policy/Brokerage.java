package org.regiosim.model.policy;

import org.regiosim.model.Firm;
import org.regiosim.model.RegioSim;

/**
 * Brokerage (matchmaking): the agency screens a sample of the firms in its register for the one
 * whose knowledge best complements the seeker's (nearest the optimal cognitive distance) and
 * proposes it. The seeker pays no search cost for it and trusts it a little more, as the agency
 * vouches for it. Cost: {@code agency.brokerage_cost} per proposal.
 */
public final class Brokerage implements ModerationPolicy {

    private final int sample;
    private final double costPerMatch;

    public Brokerage(int sample, double costPerMatch) {
        this.sample = sample;
        this.costPerMatch = costPerMatch;
    }

    @Override
    public PolicyKind kind() { return PolicyKind.BROKERAGE; }

    @Override
    public Firm proposePartner(RegioSim sim, Firm seeker, PolicyBudget budget) {
        if (budget.available() < costPerMatch) {
            return null;
        }
        Firm best = null;
        double bestFit = -1;
        for (int i = 0; i < sample; i++) {
            Firm f = sim.randomFirm();
            if (f == null || f == seeker || f.isBusy()) {
                continue;
            }
            double fit = RegioSim.cognitiveFit(seeker.knowledge().distanceTo(f.knowledge()));
            if (fit > bestFit) {
                bestFit = fit;
                best = f;
            }
        }
        if (best != null) {
            budget.trySpend(costPerMatch);
        }
        return best;
    }
}
