package org.regiosim.model;

import java.util.Locale;

/**
 * The per-quarter indicators the model reports, each named once here with its unit and
 * definition (Mesa's DataCollector idea): the output column is the lower-case name. docs/ODD.md
 * (section 4, observation) lists the same definitions; {@code regiosim metrics} prints them.
 */
public enum Metric {
    TRANSACTION_COSTS("EUR per quarter", "search_costs + negotiation_costs + monitoring_costs"),
    SEARCH_COSTS("EUR per quarter", "cost of screening partner candidates this quarter, all agents, including what the agency pays for brokerage proposals (`agency.brokerage_cost` each)"),
    NEGOTIATION_COSTS("EUR per quarter", "cost of agreements concluded this quarter, both sides"),
    MONITORING_COSTS("EUR per quarter", "cost of monitoring running cooperations this quarter, both sides"),
    MUNICIPAL_TRANSACTION_COSTS("EUR per quarter", "the part of transaction_costs that municipalities bear: search, negotiation and monitoring of joint location marketing; there are always 53 municipalities, so at small scales this part weighs more (docs/ODD.md section 6)"),
    INNOVATIONS("innovations per quarter", "successful innovation projects completed this quarter (a cooperative project counts once)"),
    INCREMENTAL_INNOVATIONS("innovations per quarter", "innovations using only technologies the participants already held"),
    RADICAL_INNOVATIONS("innovations per quarter", "innovations using a technology new to a participant (radical research or a partner's capability)"),
    META_INNOVATIONS("innovations per quarter", "innovations of cooperations across lead markets (or with a university) that connect two technologies of different fields never connected before; each creates a new technology"),
    COOPERATIVE_INNOVATIONS("innovations per quarter", "innovations of cooperative projects"),
    TRANSACTION_COSTS_PER_INNOVATION("EUR per innovation", "transaction_costs / innovations this quarter; NA when there were no innovations"),
    COOPERATION_RATE("share of decisions", "decisions to cooperate / all decisions this quarter, all agent kinds; NA when none decided"),
    COOPERATION_RATE_FIRMS("share of decisions", "as cooperation_rate, firms' decisions on project opportunities"),
    COOPERATION_RATE_UNIVERSITIES("share of decisions", "as cooperation_rate, universities' decisions to open for transfer"),
    COOPERATION_RATE_MUNICIPALITIES("share of decisions", "as cooperation_rate, municipalities' decisions for joint location marketing"),
    MEAN_TRUST("trust (0..1)", "mean trust over all remembered partner ties of active agents at the end of the quarter; NA when there are none"),
    ACTIVE_COOPERATIONS("cooperations", "cooperative projects and joint campaigns running at the end of the quarter"),
    DEFECTIONS("defections per quarter", "cooperations ended this quarter because a partner defected"),
    INSTITUTIONS("institutions", "networks and municipal associations (two or more members) and competence centres existing at the end of the quarter"),
    SOCIAL_INNOVATIONS("institutions per quarter", "networks and associations that grew out of repeated joint success this quarter"),
    FIRMS("firms", "active firms at the end of the quarter"),
    STARTUPS("firms per quarter", "start-ups that settled this quarter"),
    SPINOFFS("firms per quarter", "university spin-offs founded this quarter"),
    EXITS("firms per quarter", "firms that left the region this quarter (negative capital)"),
    TECHNOLOGIES("technologies", "technologies created so far: the initial ones and those created by meta-innovations, also those no active agent holds any more"),
    AGENCY_SPENDING("EUR per quarter", "money the development agency spent this quarter on all policy arms"),
    AGENCY_SPENDING_ON_TRANSACTION_COSTS("EUR per quarter", "the part of agency_spending that paid transaction costs, already counted in transaction_costs: brokerage proposals (in search_costs) and the co-funded part of negotiation costs"),
    AGENCY_SPENDING_ON_PROJECTS("EUR per quarter", "the part of agency_spending that paid part of projects' own costs (part of project_costs): co-funding's share of project costs and smart specialisation's subsidies"),
    MODERATION_COSTS("EUR per quarter", "the rest of agency_spending: the agency's own moderation, trust-building programmes and competence centres; agency_spending = agency_spending_on_transaction_costs + agency_spending_on_projects + moderation_costs"),
    COSTS_PER_INNOVATION_WITH_AGENCY("EUR per innovation", "(transaction_costs + agency_spending_on_projects + moderation_costs) / innovations this quarter: the actors' transaction costs and every euro the agency spent, each counted once, per innovation (projects' own costs are not in it, except the part the agency paid); NA when there were no innovations"),
    PROJECT_COSTS("EUR per quarter", "the budgets of the innovation projects started this quarter, whoever pays them: the firms, and the agency's project subsidies (agency_spending_on_projects is part of them); location-marketing campaigns have no project budget");

    private static final Metric[] VALUES = values();

    private final String unit;
    private final String definition;

    Metric(String unit, String definition) {
        this.unit = unit;
        this.definition = definition;
    }

    /**
     * For a ratio of flows (per innovation): the flows whose sum is the numerator; empty for other
     * metrics. Over a run such a ratio is the ratio of the run's totals, see {@link #ratioDenominator}.
     */
    public java.util.List<Metric> ratioNumerators() {
        return switch (this) {
            case TRANSACTION_COSTS_PER_INNOVATION -> java.util.List.of(TRANSACTION_COSTS);
            case COSTS_PER_INNOVATION_WITH_AGENCY -> java.util.List.of(TRANSACTION_COSTS, AGENCY_SPENDING_ON_PROJECTS,
                    MODERATION_COSTS);
            default -> java.util.List.of();
        };
    }

    /** For a ratio of flows: the flow it is divided by; null for other metrics. */
    public Metric ratioDenominator() {
        return ratioNumerators().isEmpty() ? null : INNOVATIONS;
    }

    /** The output column name. */
    public String column() { return name().toLowerCase(Locale.ROOT); }
    public String unit() { return unit; }
    public String definition() { return definition; }

    public static int count() { return VALUES.length; }
    public static Metric of(int ordinal) { return VALUES[ordinal]; }
}
