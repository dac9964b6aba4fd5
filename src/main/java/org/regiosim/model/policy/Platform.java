package org.regiosim.model.policy;

import java.util.List;

import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.RegioSim;

/**
 * Platforms and competence centres: the agency founds one competence centre per focus market,
 * hosted by the university with most research in it, pays its running cost per member, and each
 * quarter invites firms of that market to join. Members search partners among each other first,
 * trust each other more (structural trust) and pay lower transaction costs with each other.
 * Centres, once founded, outlive a switch to another policy, but recruit only under this one.
 */
public final class Platform implements ModerationPolicy {

    private final List<LeadMarket> focus;
    private final double setupCost;
    private final double memberCost;
    private final int recruitsPerQuarter;

    public Platform(List<LeadMarket> focus, double setupCost, double memberCost, int recruitsPerQuarter) {
        this.focus = List.copyOf(focus);
        this.setupCost = setupCost;
        this.memberCost = memberCost;
        this.recruitsPerQuarter = recruitsPerQuarter;
    }

    @Override
    public PolicyKind kind() { return PolicyKind.PLATFORM; }

    @Override
    public void beginQuarter(RegioSim sim, PolicyBudget budget) {
        for (LeadMarket market : focus) {
            Institution centre = sim.competenceCentre(market);
            if (centre == null) {
                if (!budget.trySpend(setupCost)) {
                    continue;
                }
                centre = sim.foundCompetenceCentre(market);
            }
            // Running cost of the members it has; if it cannot be paid, it invites nobody new.
            if (budget.spendUpTo(centre.size() * memberCost) < centre.size() * memberCost) {
                continue;
            }
            for (int i = 0; i < recruitsPerQuarter && budget.available() >= memberCost; i++) {
                Firm f = sim.randomFirmInMarket(market);
                if (f != null && sim.institutions().join(centre, f)) {
                    budget.trySpend(memberCost);
                }
            }
        }
    }
}
