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

    /** Money below a cent: what floating-point sums of member costs may be off by. */
    private static final double CENT = 0.01;

    /**
     * Pays the running costs of the centres there are, all at once, before anything new (so that
     * no market's invitations use another's members' money); true if in full. If the budget
     * falls short, every centre is cut by the same share, whatever the order of the markets: it
     * keeps as many members as are paid for (its host stays in any case, as the centre is its),
     * the others leave, drawn at random, so that no one keeps its benefits unpaid.
     */
    private boolean payRunningCosts(RegioSim sim, List<Institution> centres, PolicyBudget budget) {
        double cost = 0;
        for (Institution c : centres) {
            cost += c.size() * memberCost;
        }
        if (budget.available() + CENT >= cost) {
            budget.spendUpTo(cost);
            return true;
        }
        double share = budget.available() / cost;
        for (Institution c : centres) {
            int paidFor = (int) Math.floor(c.size() * share + 1e-9);
            sim.institutions().shrinkCentre(sim, c, paidFor);
            budget.spendUpTo(Math.min(c.size(), paidFor) * memberCost);
        }
        return false;
    }

    @Override
    public void beginQuarter(RegioSim sim, PolicyBudget budget) {
        List<Institution> existing = new java.util.ArrayList<>();
        for (LeadMarket market : focus) {
            Institution centre = sim.competenceCentre(market);
            if (centre != null) {
                existing.add(centre);
            }
        }
        if (!payRunningCosts(sim, existing, budget)) {
            return; // short of money: no new centre and nobody new invited
        }
        // New centres, each with its host, are founded and paid for before anyone is invited.
        for (LeadMarket market : focus) {
            if (sim.competenceCentre(market) == null && budget.trySpend(setupCost)) {
                Institution centre = sim.foundCompetenceCentre(market);
                if (!payRunningCosts(sim, List.of(centre), budget)) {
                    return;
                }
            }
        }
        // Invitations, one market after the other in turns, so that a budget that runs out
        // does not favour the markets named first.
        int[] invitations = new int[focus.size()];
        int left = 0;
        for (int m = 0; m < focus.size(); m++) {
            if (sim.competenceCentre(focus.get(m)) != null) {
                carry[m] += recruitsPerQuarter;
                invitations[m] = (int) carry[m];
                carry[m] -= invitations[m];
                left += invitations[m];
            }
        }
        while (left > 0 && budget.available() >= memberCost) {
            for (int m = 0; m < focus.size() && budget.available() >= memberCost; m++) {
                if (invitations[m] == 0) {
                    continue;
                }
                invitations[m]--;
                left--;
                Firm f = sim.randomFirmInMarket(focus.get(m));
                if (f != null && sim.institutions().join(sim.competenceCentre(focus.get(m)), f)) {
                    budget.trySpend(memberCost);
                }
            }
        }
    }
}
