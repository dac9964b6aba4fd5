package org.regiosim.model.policy;

import java.util.List;

import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.RegioSim;
import org.regiosim.model.University;

/**
 * Platforms and competence centres: the agency founds one competence centre per focus market,
 * hosted by the free university with most research in it, pays its running cost per member, and each
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
     * Pays the running costs of the centres there are, all at once, before anything new (so that
     * no market's invitations use another's members' money); true if in full. If the budget
     * falls short, it pays for as many members as it can, shared out over the centres in
     * proportion to their sizes (largest remainders), whatever the order of the markets: a
     * centre keeps the members paid for (the others leave, drawn at random, so that no one keeps
     * its benefits unpaid; its host stays in any case, as the centre is its).
     */
    private boolean payRunningCosts(RegioSim sim, List<Institution> centres, PolicyBudget budget) {
        int members = 0;
        for (Institution c : centres) {
            members += c.size();
        }
        double cost = members * memberCost;
        // a relative tolerance: sums of member costs carry floating-point noise
        if (budget.available() >= cost * (1 - 1e-9)) {
            budget.spendUpTo(cost);
            return true;
        }
        int payable = (int) Math.floor(budget.available() / memberCost * (1 + 1e-9));
        int[] keep = new int[centres.size()];
        double[] remainder = new double[centres.size()];
        int given = 0;
        for (int i = 0; i < keep.length; i++) {
            double quota = (double) centres.get(i).size() * payable / members;
            keep[i] = (int) Math.floor(quota);
            remainder[i] = quota - keep[i];
            given += keep[i];
        }
        for (; given < payable; given++) { // the members left over, to the largest remainders
            int best = 0;
            for (int i = 1; i < keep.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            keep[best]++;
            remainder[best] = -1;
        }
        for (int i = 0; i < keep.length; i++) {
            sim.institutions().shrinkCentre(sim, centres.get(i), keep[i]);
        }
        budget.spendUpTo(payable * memberCost);
        return false;
    }

    @Override
    public void beginQuarter(RegioSim sim, PolicyBudget budget) {
        if (focus.isEmpty()) {
            return; // nothing to found (a live switch to platform with no focus markets)
        }
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
        // New centres, each with its host, are founded and paid for before anyone is invited. The
        // order is drawn, so that no market is favoured by its place in a list: neither when the
        // money founds only some centres, nor when one university would be the best host of two.
        List<LeadMarket> missing = new java.util.ArrayList<>();
        for (LeadMarket market : focus) {
            if (sim.competenceCentre(market) == null) {
                missing.add(market);
            }
        }
        sim.shuffleForPolicy(missing);
        for (LeadMarket market : missing) {
            University host = sim.competenceCentreHost(market);
            double cost = setupCost + (host == null ? 0.0 : memberCost);
            // founded only if its host can be paid for, too (relative tolerance: scaled costs carry rounding noise)
            if (budget.available() >= cost * (1 - 1e-9)) {
                // setup, then the host, its only member: within the tolerance both are paid
                budget.spendUpTo(setupCost);
                Institution centre = sim.foundCompetenceCentre(market, host);
                if (centre.host() != null) {
                    budget.spendUpTo(memberCost);
                }
            }
        }
        // Invitations, one market after the other in turns, so that a budget that runs out does
        // not favour the markets named first; each quarter's turns start one market further on
        // among those with a centre, so that it does not favour the same markets every quarter.
        int[] invitations = new int[focus.size()];
        int[] withCentre = new int[focus.size()];
        int centres = 0;
        int left = 0;
        for (int m = 0; m < focus.size(); m++) {
            if (sim.competenceCentre(focus.get(m)) != null) {
                withCentre[centres++] = m;
                carry[m] += recruitsPerQuarter;
                invitations[m] = (int) carry[m];
                carry[m] -= invitations[m];
                left += invitations[m];
            }
        }
        int first = centres == 0 ? 0 : Math.floorMod(sim.currentStep(), centres);
        while (left > 0 && budget.available() >= memberCost) {
            for (int k = 0; k < centres && budget.available() >= memberCost; k++) {
                int m = withCentre[(first + k) % centres];
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
