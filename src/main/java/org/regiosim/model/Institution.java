package org.regiosim.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * A lasting form of cooperation: a network that grew out of repeated joint success (a social
 * innovation), an association of municipalities, or a competence centre founded by the agency's
 * platform policy. Members search for partners among each other first and pay lower transaction
 * costs with each other.
 */
public final class Institution {

    public enum Kind { NETWORK, MUNICIPAL_ASSOCIATION, COMPETENCE_CENTRE }

    private final int id;
    private final Kind kind;
    private final int foundedStep;
    private final LeadMarket focus;
    private final int maxMembers;
    private final List<Agent> members = new ArrayList<>();
    /** A competence centre's host university, which stays while the centre exists; else null. */
    private Agent host;

    Institution(int id, Kind kind, int foundedStep, LeadMarket focus, int maxMembers) {
        this.id = id;
        this.kind = kind;
        this.foundedStep = foundedStep;
        this.focus = focus;
        this.maxMembers = maxMembers;
    }

    public int id() { return id; }
    public Kind kind() { return kind; }
    public int foundedStep() { return foundedStep; }
    /** Lead market of a competence centre, null otherwise. */
    public LeadMarket focus() { return focus; }
    public int size() { return members.size(); }
    public Agent host() { return host; }

    void setHost(Agent a) {
        add(a);
        host = a;
    }

    public Agent member(int i) { return members.get(i); }
    public boolean hasRoom() { return members.size() < maxMembers; }

    void add(Agent a) {
        a.institution = this;
        a.institutionSlot = members.size();
        members.add(a);
    }

    /** Removes a member in constant time (swap with the last). */
    void remove(Agent a) {
        int slot = a.institutionSlot;
        Agent last = members.remove(members.size() - 1);
        if (last != a) {
            members.set(slot, last);
            last.institutionSlot = slot;
        }
        a.institution = null;
        a.institutionSlot = -1;
        if (a == host) {
            host = null;
        }
    }

    Agent randomMember(MersenneTwisterFast random) {
        return members.get(random.nextInt(members.size()));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id
                + (focus == null ? "" : " (" + focus.key() + ")") + ", " + members.size() + " members";
    }
}
