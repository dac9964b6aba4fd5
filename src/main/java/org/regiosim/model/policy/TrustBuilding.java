package org.regiosim.model.policy;

import org.regiosim.model.Agent;
import org.regiosim.model.RegioSim;

/**
 * Trust-building (dialogue formats): each quarter the agency invites as many randomly drawn
 * actors (firms, universities, municipalities alike) as its budget pays for; each participant's
 * generalised trust and its trust in remembered partners rise by {@code agency.trust_building_effect}
 * x (1 - trust).
 */
public final class TrustBuilding implements ModerationPolicy {

    private final double costPerParticipant;
    private final double effect;

    public TrustBuilding(double costPerParticipant, double effect) {
        this.costPerParticipant = costPerParticipant;
        this.effect = effect;
    }

    @Override
    public PolicyKind kind() { return PolicyKind.TRUST_BUILDING; }

    @Override
    public void beginQuarter(RegioSim sim, PolicyBudget budget) {
        if (costPerParticipant <= 0) {
            return;
        }
        while (budget.trySpend(costPerParticipant)) {
            Agent a = sim.randomAgent();
            if (a == null) {
                return;
            }
            sim.holdDialogue(a, effect);
        }
    }
}
