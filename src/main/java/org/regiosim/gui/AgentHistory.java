package org.regiosim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.Project;
import org.regiosim.model.TrustLedger;
import org.regiosim.model.University;

/**
 * The story of each agent on the map, for the inspector: after every quarter it reads (never
 * changes) the agent's public state and writes down what changed: decisions, projects started
 * and ended (early: who defected), institutions joined, exit. It also keeps the agent's
 * propensity to cooperate and its mean trust in partners per quarter. Only agents drawn on the
 * map are followed (at full scale a sample), from the quarter they were first drawn.
 */
public final class AgentHistory {

    /** Upper bound of events kept per agent (the oldest are dropped). */
    static final int MAX_EVENTS = 200;

    /** What the recorder knows about one agent. */
    public static final class Track {
        private final int since;
        private final List<String> events = new ArrayList<>();
        private final List<double[]> series = new ArrayList<>();
        private Seen lastProject;
        private double lastTrustInOther = Double.NaN;
        private int lastDecision = -1;
        private boolean lastChoice;
        private Institution lastInstitution;
        private boolean gone;

        Track(int since) {
            this.since = since;
        }

        /** The quarter from which this agent was followed. */
        public int since() { return since; }
        public List<String> events() { return events; }
        /** Per quarter: {step, propensity to cooperate (0..1), mean trust in partners (0..1 or NaN)}. */
        public List<double[]> series() { return series; }

        void add(int step, String text) {
            if (events.size() == MAX_EVENTS) {
                events.remove(0);
            }
            events.add(String.format(Locale.ROOT, "q%d: %s", step, text));
        }
    }

    /**
     * What the recorder saw of a project: the model reuses a project's object once it has ended
     * (Project), so the recorder keeps its own copy of what it needs and tells projects apart by
     * serial.
     */
    private record Seen(long serial, Agent lead, Agent partner, int endStep) {
        static Seen of(Project p) {
            return p == null ? null : new Seen(p.serial(), p.lead(), p.partner(), p.endStep());
        }
    }

    private final Map<Agent, Track> tracks = new IdentityHashMap<>();

    /** Forgets everything (a new run starts). */
    public void clear() {
        tracks.clear();
    }

    public Track track(Agent a) {
        return tracks.get(a);
    }

    public int followed() {
        return tracks.size();
    }

    /**
     * Records the quarter just completed ({@code step}) for the agents drawn now and for those
     * followed before.
     */
    public void record(int step, List<Agent> shown) {
        for (Agent a : shown) {
            tracks.computeIfAbsent(a, k -> new Track(step));
        }
        for (Map.Entry<Agent, Track> e : tracks.entrySet()) {
            update(step, e.getKey(), e.getValue());
        }
    }

    private static void update(int step, Agent a, Track t) {
        if (t.gone) {
            return;
        }
        if (!a.isActive()) {
            t.add(step, "left the region (capital below zero)");
            t.gone = true;
            return;
        }
        int decision = a.getLastDecisionStep();
        Project p = a.project();
        Seen now = Seen.of(p);
        Seen before = t.lastProject;
        boolean changed = !java.util.Objects.equals(now, before);
        if (before != null && changed) {
            Agent other = before.lead() == a ? before.partner() : before.lead();
            if (other == null) {
                t.add(step, "solo project ended");
            } else if (step < before.endStep()) {
                double mine = trustIn(a, other);
                boolean theyDefected = !Double.isNaN(t.lastTrustInOther) && mine < t.lastTrustInOther - 1e-9;
                t.add(step, "cooperation with " + other + " ended early: "
                        + (theyDefected ? other + " defected; my trust in it fell from "
                                + fmt(t.lastTrustInOther) + " to " + fmt(mine) : "I defected"));
            } else {
                t.add(step, "cooperation with " + other + " ended as planned; my trust in it is now "
                        + fmt(trustIn(a, other)));
            }
        }
        if (a instanceof University) {
            if (decision >= 0 && (decision != t.lastDecision) && (t.lastDecision < 0 || a.getChoseCooperate() != t.lastChoice)) {
                t.add(step, a.getChoseCooperate() ? "opened for transfer (cooperate)" : "competes for research grants");
            }
        } else if (p != null && changed) {
            Agent other = p.lead() == a ? p.partner() : p.lead();
            if (p.lead() != a) {
                t.add(step, "joined a cooperation led by " + p.lead() + " (until q" + p.endStep() + ")");
            } else if (other != null) {
                t.add(step, "chose to cooperate: project with " + other + " (until q" + p.endStep() + ")");
            } else if (decision == step && a.getChoseCooperate()) {
                t.add(step, "chose to cooperate but found no partner: alone (until q" + p.endStep() + ")");
            } else {
                t.add(step, "chose to compete: " + (a instanceof Firm ? "solo project" : "acquires firms alone")
                        + " (until q" + p.endStep() + ")");
            }
        }
        if (a.institution() != t.lastInstitution && a.institution() != null) {
            t.add(step, "joined " + a.institution());
        }
        t.lastInstitution = a.institution();
        t.lastDecision = decision;
        t.lastChoice = a.getChoseCooperate();
        t.lastProject = now;
        if (p != null && p.partner() != null) {
            Agent other = p.lead() == a ? p.partner() : p.lead();
            t.lastTrustInOther = trustIn(a, other);
        } else {
            t.lastTrustInOther = Double.NaN;
        }
        t.series.add(new double[] {step, a.getCooperationProbability(), meanTrust(a.ties())});
    }

    static double trustIn(Agent a, Agent other) {
        TrustLedger l = a.ties();
        int i = l.indexOf(other);
        return i < 0 ? a.getGeneralisedTrust() : l.trust(i);
    }

    static double meanTrust(TrustLedger l) {
        if (l.size() == 0) {
            return Double.NaN;
        }
        return l.trustSum() / l.size();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
