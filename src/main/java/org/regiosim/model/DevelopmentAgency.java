package org.regiosim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.policy.Brokerage;
import org.regiosim.model.policy.CoFunding;
import org.regiosim.model.policy.ModerationPolicy;
import org.regiosim.model.policy.Platform;
import org.regiosim.model.policy.PolicyBudget;
import org.regiosim.model.policy.PolicyKind;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.model.policy.PolicySchedule;
import org.regiosim.model.policy.SmartSpecialisation;
import org.regiosim.model.policy.TrustBuilding;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The regional development agency: it moderates without authority. At the start of each quarter
 * it applies a scheduled policy switch, splits its budget over the arms of the policy mix and lets
 * each arm act; during the quarter firms meet it when they search partners or start projects.
 */
public final class DevelopmentAgency implements Steppable {

    private static final long serialVersionUID = 1L;

    private record Arm(ModerationPolicy policy, double share, PolicyBudget budget) {
    }

    private final Parameters params;
    private final PolicySchedule schedule;
    private final double quarterlyBudget;
    private final Map<LeadMarket, Institution> competenceCentres = new EnumMap<>(LeadMarket.class);
    private PolicyMix mix;
    /** An array, not a list: the agency is asked on every partner search and project start. */
    private Arm[] arms = new Arm[0];
    private double spentBeforeSwitch;
    private double moderationBeforeSwitch;

    DevelopmentAgency(Parameters params, double scale) {
        this.params = params;
        this.schedule = PolicySchedule.parse(params.text(ParameterSchema.POLICY_CHANGES));
        this.quarterlyBudget = params.real(ParameterSchema.AGENCY_BUDGET) * scale;
        setPolicy(PolicyMix.parse(params.text(ParameterSchema.POLICY)));
    }

    @Override
    public void step(SimState state) {
        RegioSim sim = (RegioSim) state;
        PolicyMix change = schedule.changeAt(sim.currentStep());
        if (change != null) {
            setPolicy(change);
        }
        if (!competenceCentres.isEmpty() && !mix.shares().containsKey(PolicyKind.PLATFORM)) {
            // The agency no longer runs (and pays for) its competence centres: they close, so
            // that no member keeps their benefits for free, and their members are free again.
            // Here rather than in setPolicy, so that a switch from the workshop GUI between two
            // quarters closes them too, before anyone acts in the next.
            for (Institution centre : competenceCentres.values()) {
                sim.institutions().close(centre);
            }
            competenceCentres.clear();
        }
        spentBeforeSwitch = 0;
        moderationBeforeSwitch = 0;
        for (Arm arm : arms) {
            arm.budget().startQuarter(quarterlyBudget * arm.share());
            arm.policy().beginQuarter(sim, arm.budget());
        }
    }

    /**
     * Switches the policy now (a scheduled change or a workshop intervention). Money the old arms
     * spent this quarter still counts; the new arms receive their budget from the next quarter on.
     */
    public void setPolicy(PolicyMix newMix) {
        spentBeforeSwitch += spentThisQuarterByArms(false);
        moderationBeforeSwitch += spentThisQuarterByArms(true);
        mix = newMix;
        List<Arm> list = new ArrayList<>();
        for (Map.Entry<PolicyKind, Double> e : newMix.shares().entrySet()) {
            list.add(new Arm(create(e.getKey()), e.getValue(), new PolicyBudget()));
        }
        arms = list.toArray(new Arm[0]);
    }

    public PolicyMix policy() { return mix; }

    /** EUR spent this quarter by all arms. */
    public double spentThisQuarter() {
        return spentBeforeSwitch + spentThisQuarterByArms(false);
    }

    public double quarterlyBudget() { return quarterlyBudget; }

    /** EUR spent this quarter on the agency's own moderation ({@link PolicyKind#isModerationService}). */
    public double moderationCostsThisQuarter() {
        return moderationBeforeSwitch + spentThisQuarterByArms(true);
    }

    /** What the current arms spent this quarter: all of them, or only those paying moderation services. */
    private double spentThisQuarterByArms(boolean moderationOnly) {
        double s = 0;
        for (Arm arm : arms) {
            if (!moderationOnly || arm.policy().kind().isModerationService()) {
                s += arm.budget().spent();
            }
        }
        return s;
    }

    /**
     * A partner an arm proposes to a searching firm, or null. What the agency pays for the
     * proposal is search done on the firm's behalf: it is added to the quarter's search costs,
     * so that brokerage, which spares the firm its own search, does not look cheaper merely
     * because the agency pays (the same rule as for co-funded costs).
     */
    Firm proposePartner(RegioSim sim, Firm seeker) {
        for (Arm arm : arms) {
            double spentBefore = arm.budget().spent();
            Firm f = arm.policy().proposePartner(sim, seeker, arm.budget());
            double fee = arm.budget().spent() - spentBefore;
            sim.tally.searchCosts += fee;
            sim.tally.agencyOnTransactionCosts += fee;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * Total subsidy of all arms for a project being started. It never exceeds the project's
     * eligible costs: an arm whose share would go beyond them is refunded the excess.
     */
    double subsidise(RegioSim sim, Project p, double projectCost, double negotiationCost) {
        double total = 0;
        double onProjects = 0;
        double eligible = projectCost + negotiationCost;
        for (Arm arm : arms) {
            double remaining = eligible - total;
            if (remaining <= 0) {
                break;
            }
            double s = arm.policy().subsidy(sim, p, projectCost, negotiationCost, arm.budget());
            if (s > remaining) {
                arm.budget().refund(s - remaining);
                s = remaining;
            }
            total += s;
            // What the money paid for, for the accounts (agency_spending_on_*): co-funding pays project
            // and negotiation costs at one rate, so in proportion to them; the other arms projects only.
            onProjects += arm.policy().kind() == PolicyKind.COFUNDING && eligible > 0 ? s * projectCost / eligible : s;
        }
        // Together the arms pay at most the project's own costs on projects; what they paid beyond
        // (an arm capped at the eligible costs) paid negotiation.
        onProjects = Math.min(onProjects, projectCost);
        sim.tally.agencyOnProjects += onProjects;
        sim.tally.agencyOnTransactionCosts += total - onProjects;
        return total;
    }

    Institution competenceCentre(LeadMarket m) {
        return competenceCentres.get(m);
    }

    void registerCompetenceCentre(LeadMarket m, Institution centre) {
        competenceCentres.put(m, centre);
    }

    private ModerationPolicy create(PolicyKind kind) {
        return switch (kind) {
            case BROKERAGE -> new Brokerage(params.intValue(ParameterSchema.BROKERAGE_SAMPLE),
                    params.real(ParameterSchema.BROKERAGE_COST));
            case COFUNDING -> new CoFunding(params.real(ParameterSchema.COFUNDING_RATE));
            case TRUST_BUILDING -> new TrustBuilding(params.real(ParameterSchema.TRUST_EVENT_COST),
                    params.real(ParameterSchema.TRUST_EVENT_EFFECT));
            case SMART_SPECIALISATION -> new SmartSpecialisation(focusMarkets(),
                    params.real(ParameterSchema.SMART_RATE));
            case PLATFORM -> new Platform(new ArrayList<>(focusMarkets()),
                    params.real(ParameterSchema.PLATFORM_SETUP) * params.real(ParameterSchema.SCALE),
                    params.real(ParameterSchema.PLATFORM_MEMBER_COST),
                    params.integer(ParameterSchema.PLATFORM_RECRUITS) * params.real(ParameterSchema.SCALE));
            case NONE -> throw new IllegalArgumentException("'none' has no arm");
        };
    }

    private EnumSet<LeadMarket> focusMarkets() {
        EnumSet<LeadMarket> set = EnumSet.noneOf(LeadMarket.class);
        for (String key : params.list(ParameterSchema.FOCUS_MARKETS)) {
            set.add(LeadMarket.fromKey(key));
        }
        return set;
    }
}
