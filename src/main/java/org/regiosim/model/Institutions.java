package org.regiosim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The region's institutions. A pair whose joint successes reach the threshold forms a network
 * (firms, universities) or an association (municipalities): a social innovation. If one of them
 * already belongs to one with room, the other joins it; if both belong to one, nothing changes.
 */
public final class Institutions {

    private final List<Institution> all = new ArrayList<>();
    private final int maxMembers;

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
        Institution inst = new Institution(all.size(), kind, sim.currentStep(), null, maxMembers);
        inst.add(a);
        inst.add(b);
        all.add(inst);
        sim.tally.socialInnovations++;
    }

    /** A competence centre founded by the agency, hosted by a university. */
    public Institution foundCompetenceCentre(RegioSim sim, LeadMarket focus, University host) {
        Institution inst = new Institution(all.size(), Institution.Kind.COMPETENCE_CENTRE, sim.currentStep(), focus,
                Integer.MAX_VALUE);
        if (host != null && host.institution == null) {
            inst.add(host);
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

    void leave(Agent a) {
        if (a.institution != null) {
            a.institution.remove(a);
        }
    }
}
