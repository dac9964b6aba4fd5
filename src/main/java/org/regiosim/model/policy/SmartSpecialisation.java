package org.regiosim.model.policy;

import java.util.EnumSet;
import java.util.Set;

import org.regiosim.model.Firm;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.Project;
import org.regiosim.model.RegioSim;

/**
 * Smart specialisation (RIS3): the agency concentrates its money on the focus lead markets. It
 * pays a share of the cost of projects, solo or cooperative, led by firms of a focus market;
 * cooperative projects that join two different focus markets get 1.5 times the share (at most the
 * whole cost), as they open new growth paths.
 */
public final class SmartSpecialisation implements ModerationPolicy {

    private final Set<LeadMarket> focus;
    private final double rate;

    public SmartSpecialisation(Set<LeadMarket> focus, double rate) {
        this.focus = focus.isEmpty() ? EnumSet.noneOf(LeadMarket.class) : EnumSet.copyOf(focus);
        this.rate = rate;
    }

    @Override
    public PolicyKind kind() { return PolicyKind.SMART_SPECIALISATION; }

    @Override
    public double subsidy(RegioSim sim, Project project, double projectCost, double negotiationCost, PolicyBudget budget) {
        Firm lead = (Firm) project.lead();
        if (!focus.contains(lead.market())) {
            return 0.0;
        }
        double share = rate;
        if (project.partner() instanceof Firm partner && partner.market() != lead.market()
                && focus.contains(partner.market())) {
            share = Math.min(1.0, 1.5 * rate);
        }
        return budget.spendUpTo(share * projectCost);
    }
}
