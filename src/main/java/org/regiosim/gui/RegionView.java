package org.regiosim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.regiosim.model.Agent;
import org.regiosim.model.DevelopmentAgency;
import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.Municipality;
import org.regiosim.model.Population;
import org.regiosim.model.Project;
import org.regiosim.model.RegioSim;
import org.regiosim.model.University;

import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * What one map shows of one model, rebuilt after every quarter from the model's public state
 * (read only): MASON fields for the layers (municipalities, firms, institutions, universities,
 * the agency) and networks for cooperation ties and institution memberships. At large scale only
 * a sample of firms is placed (stable: chosen by a hash of the firm id), plus the partners of
 * sampled firms in running cooperations, so that every drawn tie has both ends.
 */
public final class RegionView {

    /** Default cap on the firms drawn. */
    public static final int DEFAULT_MAX_FIRMS = 3000;

    /** The kinds of cooperation tie, each drawn in its own style. */
    public enum TieKind {
        FIRM_FIRM("firm - firm project"), FIRM_UNIVERSITY("firm - university transfer"),
        MUNICIPAL("joint location marketing");

        private final String label;

        TieKind(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /**
     * A running cooperation as an edge (not hit by clicks: clicking picks the agents). It keeps no
     * reference to the project, whose object the model reuses once the project has ended.
     */
    public record Tie(TieKind kind) {
        private static final Tie[] BY_KIND = java.util.Arrays.stream(TieKind.values()).map(Tie::new).toArray(Tie[]::new);

        /** The one edge label of a kind (a map has thousands of ties, all alike but for their kind). */
        static Tie of(TieKind kind) {
            return BY_KIND[kind.ordinal()];
        }
    }

    /** The development agency as a map object, inspectable: its policy and money. */
    public static final class AgencyNode {
        private final RegioSim sim;

        AgencyNode(RegioSim sim) {
            this.sim = sim;
        }

        DevelopmentAgency agency() { return sim.agency(); }
        public String getPolicy() { return sim.agency().policy().toString(); }
        public double getBudgetPerQuarterEUR() { return sim.agency().quarterlyBudget(); }
        public double getSpentLastQuarterEUR() { return sim.agency().spentThisQuarter(); }
        public int getInstitutions() { return sim.institutions().count(); }

        @Override
        public String toString() { return "Development agency (policy " + getPolicy() + ")"; }
    }

    /** An institution as a hub on the map with spokes to its drawn members. */
    public static final class InstitutionNode {
        private final Institution institution;

        InstitutionNode(Institution institution) {
            this.institution = institution;
        }

        public Institution institution() { return institution; }
        public String getKind() { return institution.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }
        public int getMembers() { return institution.size(); }
        public int getFoundedQuarter() { return institution.foundedStep(); }
        public String getFocus() { return institution.focus() == null ? "-" : Style.marketName(institution.focus()); }

        @Override
        public String toString() { return institution.toString(); }
    }

    private final RegioSim sim;
    private final MapLayout layout;
    private final int maxFirms;
    private final String label;
    /** Every placed object (the networks read positions from here). */
    public final Continuous2D positions;
    public final Continuous2D municipalityLayer;
    public final Continuous2D firmLayer;
    public final Continuous2D institutionLayer;
    public final Continuous2D universityLayer;
    public final Continuous2D agencyLayer;
    public final Network ties = new Network(false);
    public final Network memberships = new Network(false);
    private final AgencyNode agencyNode;
    private final Map<Institution, InstitutionNode> institutionNodes = new IdentityHashMap<>();
    private final List<Agent> shown = new ArrayList<>();
    private int firmsSampled;
    private int firmsShown;
    private int firmsTotal;
    private int institutionsShown;
    private final int[] tiesByKind = new int[TieKind.values().length];

    public RegionView(RegioSim sim, MapLayout layout, int maxFirms, String label) {
        this.sim = sim;
        this.layout = layout;
        this.maxFirms = Math.max(1, maxFirms);
        this.label = label;
        layout.placeUniversities(sim.universities());
        double w = layout.fieldWidth();
        double h = layout.fieldHeight();
        positions = new Continuous2D(2.0, w, h);
        municipalityLayer = new Continuous2D(10.0, w, h);
        firmLayer = new Continuous2D(2.0, w, h);
        institutionLayer = new Continuous2D(5.0, w, h);
        universityLayer = new Continuous2D(5.0, w, h);
        agencyLayer = new Continuous2D(10.0, w, h);
        agencyNode = new AgencyNode(sim);
    }

    public RegioSim sim() { return sim; }
    public MapLayout layout() { return layout; }
    /** The run's name on the map, e.g. the policy of a comparison arm; empty for a single run. */
    public String label() { return label; }
    public AgencyNode agencyNode() { return agencyNode; }
    public int firmsSampled() { return firmsSampled; }
    public int firmsShown() { return firmsShown; }
    public int firmsTotal() { return firmsTotal; }
    public int institutionsShown() { return institutionsShown; }
    public int ties(TieKind k) { return tiesByKind[k.ordinal()]; }
    /** Agents placed on the map at the last refresh. */
    public List<Agent> shownAgents() { return shown; }
    /** Share of firms sampled: 1 when all firms fit under the cap. */
    public double sampleFraction() {
        return firmsTotal <= maxFirms ? 1.0 : (double) maxFirms / firmsTotal;
    }

    /** Rebuilds the layers from the model. Call under the schedule's lock (after a step). */
    public void refresh() {
        for (Continuous2D f : List.of(positions, municipalityLayer, firmLayer, institutionLayer, universityLayer,
                agencyLayer)) {
            f.clear();
        }
        ties.clear();
        memberships.clear();
        shown.clear();
        java.util.Arrays.fill(tiesByKind, 0);

        for (Municipality m : sim.municipalities()) {
            place(municipalityLayer, m, layout.position(m));
            shown.add(m);
        }
        for (University u : sim.universities()) {
            place(universityLayer, u, layout.position(u));
            shown.add(u);
        }
        place(agencyLayer, agencyNode, layout.agencyPosition());

        Population pop = sim.population();
        firmsTotal = pop.size();
        double fraction = sampleFraction();
        firmsSampled = 0;
        for (int i = 0; i < pop.size(); i++) {
            Firm f = pop.get(i);
            if (MapLayout.inSample(f, fraction)) {
                place(firmLayer, f, layout.position(f));
                shown.add(f);
                firmsSampled++;
            }
        }
        firmsShown = firmsSampled;
        for (Project p : sim.runningCooperations()) {
            Agent a = p.lead();
            Agent b = p.partner();
            TieKind kind = a instanceof Municipality ? TieKind.MUNICIPAL
                    : (b instanceof University || a instanceof University ? TieKind.FIRM_UNIVERSITY : TieKind.FIRM_FIRM);
            if (kind != TieKind.MUNICIPAL && !isPlaced(a) && !isPlaced(b)) {
                continue;
            }
            ensurePlaced(a);
            ensurePlaced(b);
            ties.addEdge(a, b, Tie.of(kind));
            tiesByKind[kind.ordinal()]++;
        }
        institutionsShown = 0;
        for (Institution inst : sim.institutions().all()) {
            placeInstitution(inst);
        }
    }

    private void placeInstitution(Institution inst) {
        List<Agent> drawn = new ArrayList<>();
        double x = 0;
        double y = 0;
        Agent host = null;
        for (int i = 0; i < inst.size(); i++) {
            Agent a = inst.member(i);
            Double2D p = positions.getObjectLocation(a);
            if (p != null) {
                drawn.add(a);
                x += p.x;
                y += p.y;
                if (a instanceof University && host == null) {
                    host = a;
                }
            }
        }
        Double2D at;
        if (inst.kind() == Institution.Kind.COMPETENCE_CENTRE) {
            // A centre sits beside its host university, or beside the agency when it has none.
            Double2D base = host != null ? positions.getObjectLocation(host) : layout.agencyPosition();
            at = new Double2D(base.x + 1.8, base.y - 1.8);
        } else {
            if (drawn.isEmpty()) {
                return;
            }
            at = new Double2D(x / drawn.size(), y / drawn.size() - 1.2);
        }
        InstitutionNode node = institutionNodes.computeIfAbsent(inst, InstitutionNode::new);
        place(institutionLayer, node, at);
        institutionsShown++;
        for (Agent a : drawn) {
            memberships.addEdge(node, a, null);
        }
    }

    private boolean isPlaced(Agent a) {
        return positions.getObjectLocation(a) != null;
    }

    private void ensurePlaced(Agent a) {
        if (!isPlaced(a) && a instanceof Firm f) {
            place(firmLayer, f, layout.position(f));
            shown.add(f);
            firmsShown++;
        }
    }

    private void place(Continuous2D layer, Object o, Double2D at) {
        layer.setObjectLocation(o, at);
        positions.setObjectLocation(o, at);
    }

    /** Where an object is drawn, or null if it is not on the map. */
    public Double2D positionOf(Object o) {
        return positions.getObjectLocation(o);
    }
}
