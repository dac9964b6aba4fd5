package org.regiosim.model;

/** Counters the agents add to during one quarter; turned into {@link StepMetrics} at its end. */
final class StepTally {

    double searchCosts;
    double negotiationCosts;
    double monitoringCosts;
    /** The municipalities' part of the three above. */
    double municipalCosts;
    /** What the agency paid of the transaction costs above: brokerage proposals, co-funded negotiation. */
    double agencyOnTransactionCosts;
    /** What the agency paid of projects' own costs: co-funding's and smart specialisation's project subsidies. */
    double agencyOnProjects;
    /** The budgets of the projects started this quarter, whoever pays them. */
    double projectCosts;
    int incremental;
    int radical;
    int meta;
    int cooperativeInnovations;
    final int[] decisions = new int[AgentKind.values().length];
    final int[] cooperateDecisions = new int[AgentKind.values().length];
    int defections;
    int socialInnovations;
    int startups;
    int spinoffs;
    int exits;

    void decision(AgentKind kind, boolean cooperate) {
        decisions[kind.ordinal()]++;
        if (cooperate) {
            cooperateDecisions[kind.ordinal()]++;
        }
    }

    double rate(AgentKind kind) {
        int n = decisions[kind.ordinal()];
        return n == 0 ? Double.NaN : (double) cooperateDecisions[kind.ordinal()] / n;
    }

    double overallRate() {
        int n = 0;
        int c = 0;
        for (int i = 0; i < decisions.length; i++) {
            n += decisions[i];
            c += cooperateDecisions[i];
        }
        return n == 0 ? Double.NaN : (double) c / n;
    }

    void reset() {
        searchCosts = 0;
        negotiationCosts = 0;
        monitoringCosts = 0;
        municipalCosts = 0;
        agencyOnTransactionCosts = 0;
        agencyOnProjects = 0;
        projectCosts = 0;
        incremental = 0;
        radical = 0;
        meta = 0;
        cooperativeInnovations = 0;
        java.util.Arrays.fill(decisions, 0);
        java.util.Arrays.fill(cooperateDecisions, 0);
        defections = 0;
        socialInnovations = 0;
        startups = 0;
        spinoffs = 0;
        exits = 0;
    }
}
