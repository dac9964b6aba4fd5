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
 * When the agency switches to a policy without this one, the centres close (DevelopmentAgency).
 */
public final class Platform implements ModerationPolicy {

    private final List<LeadMarket> focus;
    private final double setupCost;
    private final double memberCost;
    /** Invitations per centre and quarter; fractional at small scales (see {@link #carry}). */
    private final double recruitsPerQuarter;
    /** Per focus market, the fraction of an invitation carried to the next quarter, so the long-run rate is exact. */
    private final double[] carry;

    public Platform(List<LeadMarket> focus, double setupCost, double memberCost, double recruitsPerQuarter) {
        this.focus = List.copyOf(focus);
        this.setupCost = setupCost;
        this.memberCost = memberCost;
        this.recruitsPerQuarter = recruitsPerQuarter;
        this.carry = new double[this.focus.size()];
    }

    @Override
    public PolicyKind kind() { return PolicyKind.PLATFORM; }

    /**
     * Pays a centre's running cost for the quarter; true if in full. What the budget cannot pay
     * for, the centre does not offer: it keeps as many members as are paid (its host among them;
     * the others leave, drawn at random), so that no one keeps its benefits unpaid.
     */
    private boolean payRunningCost(RegioSim sim, Institution centre, PolicyBudget budget) {
        double cost = centre.size() * memberCost;
        double paid = budget.spendUpTo(cost);
        if (paid >= cost) {
            return true;
        }
        int paidFor = (int) Math.floor(paid / memberCost);
        budget.refund(paid - paidFor * memberCost);
        sim.institutions().shrinkCentre(sim, centre, paidFor);
        return false;
    }

    @Override
    public void beginQuarter(RegioSim sim, PolicyBudget budget) {
        // First the running costs of the centres there are, all of them, before anything new:
        // otherwise the first markets' invitations would use up the money for the last markets'
        // members.
        boolean[] paidInFull = new boolean[focus.size()];
        for (int m = 0; m < focus.size(); m++) {
            Institution centre = sim.competenceCentre(focus.get(m));
            if (centre != null) {
                paidInFull[m] = payRunningCost(sim, centre, budget);
            }
        }
        for (int m = 0; m < focus.size(); m++) {
            LeadMarket market = focus.get(m);
            Institution centre = sim.competenceCentre(market);
            if (centre == null) {
                if (!budget.trySpend(setupCost)) {
                    continue;
                }
                centre = sim.foundCompetenceCentre(market);
                paidInFull[m] = payRunningCost(sim, centre, budget);
            }
            if (!paidInFull[m]) {
                continue; // a centre short of money invites nobody new
            }
            carry[m] += recruitsPerQuarter;
            int invitations = (int) carry[m];
            carry[m] -= invitations;
            for (int i = 0; i < invitations && budget.available() >= memberCost; i++) {
                Firm f = sim.randomFirmInMarket(market);
                if (f != null && sim.institutions().join(centre, f)) {
                    budget.trySpend(memberCost);
                }
            }
        }
    }
}
