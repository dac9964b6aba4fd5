package org.regiosim.model.policy;

import org.regiosim.model.Project;
import org.regiosim.model.RegioSim;

/** Co-funding: the agency pays a share of a cooperative project's cost and negotiation cost. */
public final class CoFunding implements ModerationPolicy {

    private final double rate;

    public CoFunding(double rate) {
        this.rate = rate;
    }

    @Override
    public PolicyKind kind() { return PolicyKind.COFUNDING; }

    @Override
    public double subsidy(RegioSim sim, Project project, double projectCost, double negotiationCost, PolicyBudget budget) {
        if (!project.isCooperative()) {
            return 0.0;
        }
        return budget.spendUpTo(rate * (projectCost + negotiationCost));
    }
}
