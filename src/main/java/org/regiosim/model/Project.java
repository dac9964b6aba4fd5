package org.regiosim.model;

/**
 * A running project: an innovation project of a firm, alone or with a partner (a firm or a
 * university), or a location-marketing campaign of a municipality, alone or joint. Cooperative
 * projects cost monitoring each quarter and may end early when a partner defects.
 *
 * <p>{@link Projects} reuses the object of an ended project for a later one (about 1.5 million
 * projects start in a full-scale run, most of them short-lived garbage otherwise, and their
 * collection stops all replications of a parallel experiment at once). A reference to a project
 * is therefore only good while the project runs; {@link #serial()} tells projects apart.
 */
public final class Project {

    Agent lead;
    Agent partner;
    int startStep;
    int endStep;
    /** The lead's decision: true if it chose to cooperate (even if no partner was found). */
    boolean leadChoseCooperate;
    /** Which project this is, counted from 1 in the order projects started in the run (0 if made outside Projects, as in tests). */
    long serial;
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
        begin(lead, partner, startStep, duration, leadChoseCooperate, 0);
    }

    /** Sets every field for a new project; the hypothesis array is kept for reuse. */
    void begin(Agent lead, Agent partner, int startStep, int duration, boolean leadChoseCooperate, long serial) {
        this.lead = lead;
        this.partner = partner;
        this.startStep = startStep;
        this.endStep = startStep + duration;
        this.leadChoseCooperate = leadChoseCooperate;
        this.serial = serial;
        this.radicalResearch = false;
        this.leadCost = 0;
        this.partnerCost = 0;
        this.leadGain = 0;
        this.partnerGain = 0;
        this.ended = false;
    }

    /** Forgets the participants, so that a spare project keeps no exited agent alive. */
    void release() {
        lead = null;
        partner = null;
    }

    public Agent lead() { return lead; }
    public Agent partner() { return partner; }
    public boolean isCooperative() { return partner != null; }
    public int startStep() { return startStep; }
    public int endStep() { return endStep; }
    /** Which project this is (see the class comment: the object may later carry another project). */
    public long serial() { return serial; }

    /** The other participant, for a participant of a cooperative project. */
    Agent other(Agent a) {
        return a == lead ? partner : lead;
    }

    @Override
    public String toString() {
        return (partner == null ? "solo" : "with " + partner) + ", steps " + startStep + "-" + endStep;
    }
}
