package org.regiosim.model;

/**
 * A running project: an innovation project of a firm, alone or with a partner (a firm or a
 * university), or a location-marketing campaign of a municipality, alone or joint. Cooperative
 * projects cost monitoring each quarter and may end early when a partner defects.
 */
public final class Project {

    final Agent lead;
    final Agent partner;
    final int startStep;
    final int endStep;
    /** The lead's decision: true if it chose to cooperate (even if no partner was found). */
    final boolean leadChoseCooperate;
    /** Technologies the innovation hypothesis combines (innovation projects only). */
    int[] hypothesis;
    /** True if the lead replaced a capability for this project (radical research). */
    boolean radicalResearch;
    /** Net cost borne so far by lead and partner (project cost share + transaction costs - subsidies), EUR. */
    double leadCost;
    double partnerCost;
    /** Municipal campaigns: start-ups attracted so far for lead and partner. */
    double leadGain;
    double partnerGain;
    boolean ended;

    Project(Agent lead, Agent partner, int startStep, int duration, boolean leadChoseCooperate) {
        this.lead = lead;
        this.partner = partner;
        this.startStep = startStep;
        this.endStep = startStep + duration;
        this.leadChoseCooperate = leadChoseCooperate;
    }

    public Agent lead() { return lead; }
    public Agent partner() { return partner; }
    public boolean isCooperative() { return partner != null; }
    public int startStep() { return startStep; }
    public int endStep() { return endStep; }

    /** The other participant, for a participant of a cooperative project. */
    Agent other(Agent a) {
        return a == lead ? partner : lead;
    }

    @Override
    public String toString() {
        return (partner == null ? "solo" : "with " + partner) + ", steps " + startStep + "-" + endStep;
    }
}
