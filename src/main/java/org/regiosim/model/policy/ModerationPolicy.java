package org.regiosim.model.policy;

import org.regiosim.model.Firm;
import org.regiosim.model.Project;
import org.regiosim.model.RegioSim;

/**
 * One arm of the development agency's moderation. The agency calls the hooks; an arm pays from
 * its own budget. The agency has no authority: it can only propose, pay and invite.
 */
public interface ModerationPolicy {

    PolicyKind kind();

    /** At the start of each quarter, after the budget is allocated. */
    default void beginQuarter(RegioSim sim, PolicyBudget budget) {
    }

    /** A partner to propose to a firm that searches, or null. */
    default Firm proposePartner(RegioSim sim, Firm seeker, PolicyBudget budget) {
        return null;
    }

    /**
     * The subsidy (EUR) this arm pays toward a project being started.
     *
     * @param projectCost the project cost borne by its firm participants
     * @param negotiationCost the negotiation cost of both sides (0 for a solo project)
     */
    default double subsidy(RegioSim sim, Project project, double projectCost, double negotiationCost, PolicyBudget budget) {
        return 0.0;
    }
}
