package org.regiosim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The region's institutions. A pair whose joint successes reach the threshold forms a network
 * (firms, universities) or an association (municipalities): a social innovation. If one of them
 * already belongs to one with room, the other joins it; if both belong to one, nothing changes.
 * A network or association that falls to one member (firms exit) dissolves; competence centres
 * close when the agency stops running them (DevelopmentAgency).
 */
public final class Institutions {

    /** The institutions that exist now, in founding order. */
    private final List<Institution> all = new ArrayList<>();
    private final int maxMembers;
    /** Ids are never reused, also after an institution dissolved. */
    private int nextId;

    Institutions(int maxMembers) {
        this.maxMembers = maxMembers;
    }

    public int count() { return all.size(); }

    public List<Institution> all() { return Collections.unmodifiableList(all); }

    void formFromPair(RegioSim sim, Agent a, Agent b) {
        if (a.institution != null && b.institution != null) {
            return;
        }
        if (a.institution != null) {
            if (a.institution.hasRoom()) {
                a.institution.add(b);
            }
            return;
        }
        if (b.institution != null) {
            if (b.institution.hasRoom()) {
                b.institution.add(a);
            }
            return;
        }
        Institution.Kind kind = a instanceof Municipality ? Institution.Kind.MUNICIPAL_ASSOCIATION : Institution.Kind.NETWORK;
        Institution inst = new Institution(nextId++, kind, sim.currentStep(), null, maxMembers);
        inst.add(a);
        inst.add(b);
        all.add(inst);
        sim.tally.socialInnovations++;
    }

    /** A competence centre founded by the agency, hosted by a university. */
    public Institution foundCompetenceCentre(RegioSim sim, LeadMarket focus, University host) {
        Institution inst = new Institution(nextId++, Institution.Kind.COMPETENCE_CENTRE, sim.currentStep(), focus,
                Integer.MAX_VALUE);
        if (host != null && host.institution == null) {
            inst.setHost(host);
        }
        all.add(inst);
        return inst;
    }

    /** Adds a firm without an institution to a competence centre; false if it already belongs to one. */
    public boolean join(Institution inst, Firm f) {
        if (f.institution != null || !f.isActive() || !inst.hasRoom()) {
            return false;
        }
        inst.add(f);
        return true;
    }

    /**
     * A member leaves (its firm exits). A network or association left with a single member
     * dissolves: a network of one is none, and its last member becomes free to join or found
     * another. Competence centres stay: the agency runs them whoever has joined.
     */
    void leave(Agent a) {
        Institution inst = a.institution;
        if (inst == null) {
            return;
        }
        inst.remove(a);
        if (inst.kind() != Institution.Kind.COMPETENCE_CENTRE && inst.size() < 2) {
            close(inst);
        }
    }

    /**
     * A competence centre keeps {@code keep} members, its host among them: the others, drawn at
     * random (from the policies' generator), leave it and are free again; the agency pays for no
     * more.
     */
    public void shrinkCentre(RegioSim sim, Institution centre, int keep) {
        int target = Math.max(keep, centre.host() == null ? 0 : 1);
        while (centre.size() > target) {
            Agent a = centre.member(sim.policyRandom.nextInt(centre.size()));
            if (a != centre.host()) {
                centre.remove(a);
            }
        }
    }

    /** Closes an institution: its members leave it and are free to join or found another. */
    void close(Institution inst) {
        while (inst.size() > 0) {
            inst.remove(inst.member(inst.size() - 1));
        }
        all.remove(inst);
    }
}
