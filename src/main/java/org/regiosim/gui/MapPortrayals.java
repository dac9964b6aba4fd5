package org.regiosim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;

import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.Municipality;
import org.regiosim.model.University;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.field.network.Edge;

/**
 * The simple portrayals of the map. Sizes are in km (they zoom with the map), with a floor in
 * pixels so that marks stay visible; the choice to cooperate or compete is shown on every agent:
 * firms by shape (circle: cooperate, triangle: compete, ring: no decision yet), municipalities
 * and universities by the colour of ring or fill.
 */
final class MapPortrayals {

    private MapPortrayals() {
    }

    /** A symbol hit where its shape is, named by its object. */
    abstract static class ShapedPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        abstract Shape shape(Object o, DrawInfo2D info);

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return shape(o, range).intersects(range.clip);
        }

        @Override
        public String getName(LocationWrapper wrapper) {
            return String.valueOf(wrapper.getObject());
        }
    }

    /** Opens the workshop inspector (trust in partners, knowledge, history) for agents. */
    abstract static class AgentPortrayal extends ShapedPortrayal {
        private static final long serialVersionUID = 1L;
        private final transient Function<Agent, Inspector> inspectors;

        AgentPortrayal(Function<Agent, Inspector> inspectors) {
            this.inspectors = inspectors;
        }

        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            if (inspectors != null && wrapper.getObject() instanceof Agent a) {
                return inspectors.apply(a);
            }
            return super.getInspector(wrapper, state);
        }

        static void drawSelection(Graphics2D g, Shape s, DrawInfo2D info) {
            if (info.selected) {
                g.setPaint(Style.SELECTED);
                g.setStroke(Style.stroke(3));
                g.draw(s);
            }
        }
    }

    static final class MunicipalityPortrayal extends AgentPortrayal {
        private static final long serialVersionUID = 1L;
        private final transient MapLayout layout;
        /** Municipalities with at least this many inhabitants are labelled. */
        static final int LABEL_POPULATION = 150_000;

        MunicipalityPortrayal(MapLayout layout, Function<Agent, Inspector> inspectors) {
            super(inspectors);
            this.layout = layout;
        }

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            double r = Math.max(4, layout.radius((Municipality) o) * info.draw.width);
            return new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            Municipality m = (Municipality) o;
            Shape s = shape(o, info);
            g.setPaint(Style.MUNICIPALITY_FILL);
            g.fill(s);
            g.setPaint(Style.choice(m.getLastDecisionStep() >= 0, m.getChoseCooperate()));
            g.setStroke(Style.stroke(Math.max(2.0, 0.28 * info.draw.width)));
            g.draw(s);
            drawSelection(g, s, info);
        }
    }

    /** Names of the larger municipalities, drawn above everything else on the map. */
    static final class PlaceNamePortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient MapLayout layout;
        /** Name boxes relative to the centres, computed for one zoom and font size. */
        private transient Rectangle2D.Double[] boxes;
        private transient double boxesScale;
        private transient int boxesFont;

        PlaceNamePortrayal(MapLayout layout) {
            this.layout = layout;
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            Municipality m = (Municipality) o;
            if (m.population() < MunicipalityPortrayal.LABEL_POPULATION) {
                return;
            }
            g.setFont(Style.legendFont(Font.BOLD, 11));
            FontMetrics fm = g.getFontMetrics();
            if (boxes == null || boxesScale != info.draw.width || boxesFont != fm.getFont().getSize()) {
                boxes = layout.nameBoxes(info.draw.width, MunicipalityPortrayal.LABEL_POPULATION,
                        name -> fm.stringWidth(name) + 4, fm.getHeight());
                boxesScale = info.draw.width;
                boxesFont = fm.getFont().getSize();
            }
            Rectangle2D.Double b = boxes[m.index()];
            if (b == null) {
                return;
            }
            Rectangle2D.Double box = new Rectangle2D.Double(info.draw.x + b.x, info.draw.y + b.y, b.width, b.height);
            if (agencyLabelRow(m, info, fm.getHeight()).intersects(box)) {
                return; // the agency's label, drawn later over it, would leave fragments of the name
            }
            g.setPaint(new Color(255, 255, 255, 200));
            g.fill(box);
            g.setPaint(Style.LABEL);
            g.drawString(MapLayout.mapName(m.name()), (float) (box.x + 2), (float) (box.y + fm.getAscent()));
        }

        /**
         * Where the agency's label lies, in the coordinates of {@code info} (drawn for municipality
         * {@code m}): the row below the star, from its left edge to the right (AgencyPortrayal).
         */
        Rectangle2D.Double agencyLabelRow(Municipality m, DrawInfo2D info, double lineHeight) {
            sim.util.Double2D mp = layout.position(m);
            sim.util.Double2D ap = layout.agencyPosition();
            double ax = info.draw.x + (ap.x - mp.x) * info.draw.width;
            double ay = info.draw.y + (ap.y - mp.y) * info.draw.height;
            Rectangle2D star = AgencyPortrayal.star(ax, ay, AgencyPortrayal.sizePx(info.draw.width)).getBounds2D();
            return new Rectangle2D.Double(star.getMinX(), star.getMaxY() + 2, 1e6, lineHeight);
        }

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return false;
        }
    }

    static final class FirmPortrayal extends AgentPortrayal {
        private static final long serialVersionUID = 1L;
        static final double SIZE_KM = 0.6;

        FirmPortrayal(Function<Agent, Inspector> inspectors) {
            super(inspectors);
        }

        static double sizePx(DrawInfo2D info) {
            return Math.max(4.0, SIZE_KM * info.draw.width);
        }

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            Firm f = (Firm) o;
            double d = sizePx(info);
            double x = info.draw.x;
            double y = info.draw.y;
            if (f.getLastDecisionStep() >= 0 && !f.getChoseCooperate()) {
                // Compete: a triangle pointing up, of about the circle's area.
                double h = d * 1.15;
                Path2D.Double t = new Path2D.Double();
                t.moveTo(x, y - h * 0.6);
                t.lineTo(x + h * 0.58, y + h * 0.4);
                t.lineTo(x - h * 0.58, y + h * 0.4);
                t.closePath();
                return t;
            }
            return new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            Firm f = (Firm) o;
            Shape s = shape(o, info);
            g.setPaint(Style.market(f.market()));
            if (f.getLastDecisionStep() < 0) {
                g.setStroke(Style.stroke(1.4));
                g.draw(s);
            } else {
                g.fill(s);
            }
            drawSelection(g, s, info);
        }
    }

    static final class UniversityPortrayal extends AgentPortrayal {
        private static final long serialVersionUID = 1L;
        static final double SIZE_KM = 1.2;

        UniversityPortrayal(Function<Agent, Inspector> inspectors) {
            super(inspectors);
        }

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            double d = Math.max(8, SIZE_KM * info.draw.width);
            return new Rectangle2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            University u = (University) o;
            Shape s = shape(o, info);
            g.setPaint(Style.choice(u.getLastDecisionStep() >= 0, u.getChoseCooperate()));
            g.fill(s);
            g.setPaint(Color.BLACK);
            g.setStroke(Style.stroke(1.5));
            g.draw(s);
            drawSelection(g, s, info);
        }
    }

    static final class InstitutionPortrayal extends ShapedPortrayal {
        private static final long serialVersionUID = 1L;
        static final double SIZE_KM = 1.5;

        static Shape hexagon(double x, double y, double d) {
            Path2D.Double p = new Path2D.Double();
            for (int i = 0; i < 6; i++) {
                double a = Math.PI / 3 * i;
                double px = x + d / 2 * Math.cos(a);
                double py = y + d / 2 * Math.sin(a);
                if (i == 0) {
                    p.moveTo(px, py);
                } else {
                    p.lineTo(px, py);
                }
            }
            p.closePath();
            return p;
        }

        static Color colour(Institution.Kind k) {
            return switch (k) {
                case NETWORK -> Style.NETWORK;
                case MUNICIPAL_ASSOCIATION -> Style.ASSOCIATION;
                case COMPETENCE_CENTRE -> Style.COMPETENCE_CENTRE;
            };
        }

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            return hexagon(info.draw.x, info.draw.y, Math.max(9, SIZE_KM * info.draw.width));
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            Institution inst = ((RegionView.InstitutionNode) o).institution();
            Shape s = shape(o, info);
            g.setPaint(colour(inst.kind()));
            g.fill(s);
            g.setPaint(Color.BLACK);
            g.setStroke(Style.stroke(1.2));
            g.draw(s);
            AgentPortrayal.drawSelection(g, s, info);
            if (inst.kind() == Institution.Kind.COMPETENCE_CENTRE && inst.focus() != null) {
                g.setFont(Style.legendFont(Font.PLAIN, 9));
                g.setPaint(Style.LABEL);
                g.drawString("CC " + Style.marketName(inst.focus()), (float) (s.getBounds2D().getMaxX() + 2),
                        (float) (info.draw.y + 3));
            }
        }
    }

    static final class AgencyPortrayal extends ShapedPortrayal {
        private static final long serialVersionUID = 1L;
        static final double SIZE_KM = 3.0;

        static Shape star(double x, double y, double d) {
            Path2D.Double p = new Path2D.Double();
            for (int i = 0; i < 10; i++) {
                double r = (i % 2 == 0 ? d : d * 0.42) / 2;
                double a = -Math.PI / 2 + Math.PI / 5 * i;
                if (i == 0) {
                    p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
                } else {
                    p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
                }
            }
            p.closePath();
            return p;
        }

        /** The star's label, "Agency: " and the policy's name, shortened to {@code room} pixels if wider. */
        static String label(String policy, java.util.function.ToIntFunction<String> width, double room) {
            return LiveCharts.fitLabel("Agency: " + PolicyNames.readable(policy), width, room);
        }

        /** The star's size in pixels at {@code pxPerKm}. */
        static double sizePx(double pxPerKm) {
            return Math.max(16, SIZE_KM * pxPerKm);
        }

        @Override
        Shape shape(Object o, DrawInfo2D info) {
            return star(info.draw.x, info.draw.y, sizePx(info.draw.width));
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            RegionView.AgencyNode a = (RegionView.AgencyNode) o;
            Shape s = shape(o, info);
            g.setPaint(Style.AGENCY);
            g.fill(s);
            g.setPaint(Style.AGENCY_OUTLINE);
            g.setStroke(Style.stroke(2));
            g.draw(s);
            AgentPortrayal.drawSelection(g, s, info);
            g.setFont(Style.legendFont(Font.BOLD, 11));
            FontMetrics fm = g.getFontMetrics();
            // Below the star, not beside it: east of the star lies Hagen, whose name the label ran
            // through; south of it only small towns, which are not named.
            Rectangle2D star = s.getBounds2D();
            float x = (float) star.getMinX();
            // A mix's readable name is longer than the map is wide right of the star in a
            // comparison: shortened with "..." rather than cut off mid-letter at the map's edge.
            String text = label(a.getPolicy(), fm::stringWidth, info.clip.getMaxX() - x - 4);
            float y = (float) (star.getMaxY() + 2 + fm.getAscent());
            g.setPaint(new Color(255, 255, 255, 210));
            g.fill(new Rectangle2D.Double(x - 2, y - fm.getAscent(), fm.stringWidth(text) + 4, fm.getHeight()));
            g.setPaint(Style.AGENCY);
            g.drawString(text, x, y);
        }
    }

    /** Cooperation ties, styled by kind; and (with {@code membership}) spokes of institutions. */
    static final class TiePortrayal extends SimpleEdgePortrayal2D {
        private static final long serialVersionUID = 1L;
        private final boolean membership;

        TiePortrayal(boolean membership) {
            this.membership = membership;
        }

        @Override
        public void draw(Object o, Graphics2D g, DrawInfo2D info) {
            EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
            Line2D.Double line = new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y);
            double km = e.draw.width;
            if (membership) {
                g.setPaint(Style.MEMBERSHIP);
                g.setStroke(Style.stroke(1.0));
                g.draw(line);
                return;
            }
            RegionView.Tie tie = (RegionView.Tie) ((Edge) o).info;
            switch (tie.kind()) {
                case FIRM_FIRM -> {
                    g.setPaint(Style.TIE_FIRM_FIRM);
                    g.setStroke(Style.stroke(Math.max(1.2, 0.13 * km)));
                }
                case FIRM_UNIVERSITY -> {
                    g.setPaint(Style.TIE_FIRM_UNIVERSITY);
                    g.setStroke(Style.dashed(Math.max(1.5, 0.18 * km)));
                }
                case MUNICIPAL -> {
                    g.setPaint(Style.TIE_MUNICIPAL);
                    g.setStroke(Style.stroke(Math.max(4.0, 0.6 * km)));
                }
            }
            g.draw(line);
        }

        @Override
        public boolean hitObject(Object o, DrawInfo2D range) {
            return false; // clicks pick agents, not the lines between them
        }
    }
}
