package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiosim.gui.GuiFixtures.workshop;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regiosim.experiment.SimulationRun;
import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.Municipality;
import org.regiosim.model.Project;
import org.regiosim.model.RegioSim;
import org.regiosim.model.University;
import org.regiosim.scenario.Scenario;

import sim.util.Double2D;

/** The map, rendered offscreen, shows what it should where it should. */
class MapRenderTest {

    static final int WIDTH = 2400;
    static RegioSim sim;
    static RegionView view;
    static MapLayers layers;
    static double px;

    @BeforeAll
    static void run20Quarters() throws Exception {
        // Pairs become networks after two joint successes instead of three, so that 20 quarters
        // surely show some: this class tests drawing, not how fast networks form.
        Scenario s = workshop("innovation.institution_threshold=2");
        sim = SimulationRun.create(s, s.seed());
        sim.start();
        for (int i = 0; i < 20; i++) {
            sim.schedule.step(sim);
        }
        MapLayout layout = new MapLayout(s.region(), 900, MapLayout.LEGEND_PX);
        view = new RegionView(sim, layout, RegionView.DEFAULT_MAX_FIRMS, "");
        view.refresh();
        layers = new MapLayers(view, null);
        px = WIDTH / layout.fieldWidth(); // pixels per km in the rendered image
    }

    static boolean sameHue(Color actual, Color expected) {
        float[] a = Color.RGBtoHSB(actual.getRed(), actual.getGreen(), actual.getBlue(), null);
        float[] e = Color.RGBtoHSB(expected.getRed(), expected.getGreen(), expected.getBlue(), null);
        double dh = Math.abs(a[0] - e[0]);
        dh = Math.min(dh, 1 - dh);
        return dh < 0.03 && Math.abs(a[1] - e[1]) < 0.15 && a[2] > 0.5 * e[2];
    }

    static int[] pixel(Double2D km) {
        return new int[] {(int) Math.floor(km.x * px), (int) Math.floor(km.y * px)};
    }

    static Color at(BufferedImage img, Double2D km) {
        int[] p = pixel(km);
        return new Color(img.getRGB(p[0], p[1]));
    }

    @Test
    void everyFirmIsDrawnInItsLeadMarketsColourAtItsPlace() {
        BufferedImage img = layers.render(null, WIDTH, Set.of("Firms"));
        List<Firm> isolated = new ArrayList<>();
        List<Agent> shown = view.shownAgents();
        for (Agent a : shown) {
            if (a instanceof Firm f && nearestOtherFirmKm(f, shown) > 0.7) {
                isolated.add(f);
            }
        }
        assertThat(isolated).hasSizeGreaterThan(50);
        Set<LeadMarket> seen = EnumSet.noneOf(LeadMarket.class);
        int undecided = 0;
        double ringKm = MapPortrayals.FirmPortrayal.SIZE_KM / 2;
        for (Firm f : isolated) {
            Double2D p = view.positionOf(f);
            if (f.getLastDecisionStep() >= 0) {
                assertThat(at(img, p)).as("centre of " + f).isEqualTo(Style.market(f.market()));
                seen.add(f.market());
            } else {
                // no decision yet: an open ring in the market's colour
                assertThat(at(img, p)).as("centre of undecided " + f).isEqualTo(Style.BACKDROP);
                Color ring = at(img, new Double2D(p.x, p.y - ringKm));
                assertThat(ring).as("ring of undecided " + f).isNotEqualTo(Style.BACKDROP);
                undecided++;
            }
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
        assertThat(undecided).as("after 20 quarters some firms have not decided yet").isPositive();
    }

    static double nearestOtherFirmKm(Firm f, List<Agent> shown) {
        Double2D p = view.positionOf(f);
        double best = Double.MAX_VALUE;
        for (Agent a : shown) {
            if (a != f && (a instanceof Firm || a instanceof University)) {
                best = Math.min(best, p.distance(view.positionOf(a)));
            }
        }
        return best;
    }

    @Test
    void firmsShowTheirLastDecisionByShape() {
        // Large enough that a mark is about 25 pixels wide and antialiased edges do not matter.
        int wide = 6000;
        double pxWide = wide / view.layout().fieldWidth();
        BufferedImage img = layers.render(null, wide, Set.of("Firms"));
        int circles = 0;
        int triangles = 0;
        for (Agent a : view.shownAgents()) {
            if (!(a instanceof Firm f) || f.getLastDecisionStep() < 0 || nearestOtherFirmKm(f, view.shownAgents()) < 1.2) {
                continue;
            }
            // A triangle pointing up is wider than the circle near its base: the point 0.45 marks
            // right of and 0.3 marks below the centre is inside the triangle, outside the circle.
            Double2D p = view.positionOf(f);
            double d = MapPortrayals.FirmPortrayal.SIZE_KM;
            Color probe = new Color(img.getRGB((int) Math.floor((p.x + 0.45 * d) * pxWide),
                    (int) Math.floor((p.y + 0.3 * d) * pxWide)));
            boolean filled = probe.equals(Style.market(f.market()));
            if (f.getChoseCooperate()) {
                assertThat(filled).as("cooperating " + f + " is a circle").isFalse();
                circles++;
            } else {
                assertThat(filled).as("competing " + f + " is a triangle").isTrue();
                triangles++;
            }
        }
        assertThat(circles).isPositive();
        assertThat(triangles).isPositive();
    }

    @Test
    void municipalitiesAreRingedInTheColourOfTheirChoice() {
        BufferedImage img = layers.render(null, WIDTH, Set.of("Municipalities"));
        Set<Color> rings = new HashSet<>();
        int checked = 0;
        for (Municipality m : sim.municipalities()) {
            Double2D c = view.positionOf(m);
            Double2D east = new Double2D(c.x + view.layout().radius(m), c.y);
            if (coveredByAnother(m, east)) {
                continue;
            }
            checked++;
            Color ring = at(img, east);
            Color expected = Style.choice(m.getLastDecisionStep() >= 0, m.getChoseCooperate());
            assertThat(ring).as(m.name()).isEqualTo(expected);
            rings.add(ring);
        }
        assertThat(rings).as("both choices occur after 20 quarters").contains(Style.COOPERATE, Style.COMPETE);
        assertThat(checked).isGreaterThan(40);
    }

    /** True if a point lies on or in the circle of another municipality (drawn over it). */
    static boolean coveredByAnother(Municipality m, Double2D point) {
        for (Municipality o : sim.municipalities()) {
            if (o != m && point.distance(view.positionOf(o)) < view.layout().radius(o) + 0.5) {
                return true;
            }
        }
        return false;
    }

    @Test
    void universitiesAndTheAgencyHaveTheirOwnSymbols() {
        BufferedImage img = layers.render(null, WIDTH, Set.of("Universities", "Development agency"));
        for (University u : sim.universities()) {
            Color fill = at(img, view.positionOf(u));
            assertThat(fill).as(u.name()).isEqualTo(Style.choice(u.getLastDecisionStep() >= 0, u.getChoseCooperate()));
        }
        assertThat(at(img, view.layout().agencyPosition())).isEqualTo(Style.AGENCY);
    }

    @Test
    void institutionsAreHexagonsInTheirKindsColourWithSpokesToTheirMembers() {
        assertThat(sim.institutions().count()).as("networks form within 20 quarters").isPositive();
        BufferedImage img = layers.render(null, WIDTH, Set.of("Institutions"));
        int checked = 0;
        for (Object o : view.institutionLayer.getAllObjects()) {
            RegionView.InstitutionNode node = (RegionView.InstitutionNode) o;
            // The kind's colour, or a shade of it where another hexagon's outline or edge blends in.
            assertThat(sameHue(at(img, view.positionOf(node)),
                    MapPortrayals.InstitutionPortrayal.colour(node.institution().kind()))).as(node.toString()).isTrue();
            assertThat(view.memberships.getEdges(node, null).numObjs).as("spokes of " + node)
                    .isEqualTo(node.institution().size());
            checked++;
        }
        assertThat(checked).isEqualTo(view.institutionsShown()).isEqualTo(sim.institutions().count());
    }

    @Test
    void runningCooperationsAreDrawnAsTiesStyledByKind() {
        List<Project> running = sim.runningCooperations();
        assertThat(running).isNotEmpty();
        assertThat(view.ties(RegionView.TieKind.FIRM_FIRM)
                + view.ties(RegionView.TieKind.FIRM_UNIVERSITY) + view.ties(RegionView.TieKind.MUNICIPAL))
                .as("at full sample every running cooperation is drawn").isEqualTo(running.size());
        BufferedImage img = layers.render(null, WIDTH, Set.of("Cooperation ties"));
        int checked = 0;
        int styled = 0;
        for (Project p : running) {
            Double2D a = view.positionOf(p.lead());
            Double2D b = view.positionOf(p.partner());
            if (a.distance(b) < 3) {
                continue;
            }
            // Dashed ties have gaps: look at a few points along the tie for the first inked one.
            Color ink = null;
            for (double f : new double[] {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65}) {
                Color c = at(img, new Double2D(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y)));
                if (!c.equals(Style.BACKDROP)) {
                    ink = c;
                    break;
                }
            }
            boolean expected = ink != null && (p.lead() instanceof Municipality
                    ? ink.getGreen() > ink.getRed() + 40    // joint marketing is green
                    : ink.getBlue() > ink.getGreen());      // a project tie is dark blue or purple
            if (expected) {
                styled++;
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
        // Where ties cross, the midpoint of one can lie under another: allow a few such pixels.
        assertThat(styled).as("ties drawn in their kind's colour").isGreaterThanOrEqualTo((int) Math.ceil(0.9 * checked));
    }

    @Test
    void theLegendAndStatusAreOnTheMap() {
        String[] status = layers.statusLines();
        // 20 steps: quarters 0 to 19 are done, as the charts' x-axis and the Console's time count
        assertThat(status[0]).startsWith("Quarter 19 done (year 5)").contains("Policy: no moderation");
        assertThat(MapLegend.quarterDone(0)).isEqualTo("Start: no quarter done yet");
        assertThat(MapLegend.quarterDone(1)).isEqualTo("Quarter 0 done (year 1)");
        assertThat(MapLegend.quarterDone(80)).isEqualTo("Quarter 79 done (year 20)");
        assertThat(status[1]).isEqualTo("Firms: all " + Style.grouped(sim.population().size(), 0) + " drawn");
        BufferedImage img = layers.render(null, WIDTH, Set.of(MapLayers.LEGEND));
        // The legend column (right) shows each market's colour.
        Set<Color> colours = new HashSet<>();
        int from = (int) (view.layout().regionWidth() * px);
        for (int x = from; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                colours.add(new Color(img.getRGB(x, y)));
            }
        }
        for (LeadMarket m : LeadMarket.values()) {
            assertThat(colours).as(m.key()).contains(Style.market(m));
        }
        assertThat(colours).contains(Style.COOPERATE, Style.COMPETE, Style.AGENCY);
    }

    /**
     * A comparison on a 1366x768 projector in large fonts leaves each map about 266 pixels high and
     * 430 wide: the full status box (quarter and policy in large type, two lines of details) would
     * cover most of the region, so only the quarter and the policy are shown there, smaller.
     */
    @Test
    void onALowMapTheStatusBoxShrinksToTheQuarterAndPolicy() {
        java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        double before = Style.fontScale();
        try {
            Style.setFontScale(1.6);
            MapLegend status = layers.status();
            double full = status.drawStatus(g, 0, 0, 414, false, false);
            double compact = status.drawStatus(g, 0, 0, 414, false, true);
            assertThat(compact).isLessThan(full / 2);
            assertThat(status.compactStatus(g, 414, 266)).as("266 px high, large fonts").isTrue();
            assertThat(status.compactStatus(g, 414, 700)).as("700 px high, large fonts").isFalse();
            Style.setFontScale(1.0);
            assertThat(status.compactStatus(g, 684, 420)).as("a 1920x1080 comparison's map").isFalse();
        } finally {
            Style.setFontScale(before);
            g.dispose();
        }
    }

    /** The agency's label is shortened to the room right of the star, not cut off at the map's edge. */
    @Test
    void theAgencyLabelIsShortenedToTheMapsWidth() {
        java.util.function.ToIntFunction<String> w = t -> 7 * t.length();
        assertThat(MapPortrayals.AgencyPortrayal.label("trust_building", w, 500)).isEqualTo("Agency: trust building");
        String mix = MapPortrayals.AgencyPortrayal.label("brokerage,trust_building,platform", w, 150);
        assertThat(mix).startsWith("Agency: brok").endsWith("...");
        assertThat(w.applyAsInt(mix)).isLessThanOrEqualTo(150);
    }

    /** Drawn in order: the agency's label (with its white box) over a place name it meets, not under it. */
    @Test
    void theAgencysLabelIsDrawnAboveThePlaceNames() {
        List<String> order = layers.layers().stream().map(MapLayers.Layer::name).toList();
        assertThat(order.indexOf("Development agency")).isGreaterThan(order.indexOf("Place names"));
    }

    @Test
    void statusLinesWrapAtTheirNaturalBreaks() {
        java.util.function.ToIntFunction<String> w = t -> 8 * t.length();
        assertThat(MapLegend.wrap("Run B: Quarter 39 done (year 10)   Policy: trust_building", w, 300))
                .containsExactly("Run B: Quarter 39 done (year 10)", "Policy: trust_building");
        assertThat(MapLegend.wrap("Cooperations drawn: 68 firm-firm, 0 firm-university, 3 joint marketing", w, 280))
                .containsExactly("Cooperations drawn: 68 firm-firm,", "0 firm-university,", "3 joint marketing");
        assertThat(MapLegend.wrap("Firms: all 1,124 drawn", w, 300)).containsExactly("Firms: all 1,124 drawn");
        // a part wider than the room alone breaks at spaces
        assertThat(MapLegend.wrap("Policy: brokerage=0.3,platform=0.7 and more words", w, 200))
                .allMatch(l -> 8 * l.length() <= 200 || !l.contains(" "));
    }

    @Test
    void inLargeFontsTheStatusBoxStaysLeftOfTheLegendAndTheLegendFitsALowMap() {
        Style.setFontScale(ChartsFrame.LARGE);
        try {
            // a single run's map in a 1600 x 1000 screen's window: region 440 pixels, legend column, 430 high
            double legendPx = MapLayout.LEGEND_PX * Style.legendScale();
            MapLayout layout = new MapLayout(sim.region(), 440, legendPx, 430);
            RegionView v = new RegionView(sim, layout, RegionView.DEFAULT_MAX_FIRMS, "");
            v.refresh();
            MapLayers l = new MapLayers(v, null);
            int width = layout.displayWidthPx();
            BufferedImage status = l.render(null, width, Set.of(MapLayers.STATUS));
            int regionRight = (int) Math.floor(layout.regionWidth() * layout.pxPerKm());
            assertThat(rightmostInk(status)).as("status box right edge").isLessThan(regionRight);
            BufferedImage legend = l.render(null, width, Set.of(MapLayers.LEGEND));
            assertThat(legend.getHeight()).isLessThan(440);
            assertThat(lowestInk(legend)).as("the legend box ends inside the map").isLessThan(legend.getHeight() - 2);
            Set<Color> colours = new HashSet<>();
            for (int x = regionRight; x < width; x++) {
                for (int y = 0; y < legend.getHeight(); y++) {
                    colours.add(new Color(legend.getRGB(x, y)));
                }
            }
            assertThat(colours).as("its last row, the competence centre, is drawn")
                    .contains(MapPortrayals.InstitutionPortrayal.colour(org.regiosim.model.Institution.Kind.COMPETENCE_CENTRE));
            // and the comparison's narrow map: the status box wraps inside the map's width
            RegionView narrow = new RegionView(sim, new MapLayout(sim.region(), 600, 0, 400), RegionView.DEFAULT_MAX_FIRMS,
                    "Run B");
            narrow.refresh();
            BufferedImage s2 = new MapLayers(narrow, null).render(null, 600, Set.of(MapLayers.STATUS));
            assertThat(rightmostInk(s2)).isLessThan(600 - 4);
        } finally {
            Style.setFontScale(1.0);
        }
    }

    @Test
    void theMapForPrintHasTheRegionsOwnShapeWhateverTheWindowsShape() {
        // a tall, narrow window (region 300 pixels in an 800 pixel high map) and a wide, low one
        MapLayout tall = new MapLayout(sim.region(), 300, MapLayout.LEGEND_PX, 800);
        MapLayout wide = new MapLayout(sim.region(), 1200, MapLayout.LEGEND_PX, 300);
        List<BufferedImage> prints = new ArrayList<>();
        for (MapLayout layout : List.of(tall, wide)) {
            RegionView v = new RegionView(sim, layout, RegionView.DEFAULT_MAX_FIRMS, "");
            v.refresh();
            prints.add(new MapLayers(v, null).renderForPrint(null, 1600));
        }
        assertThat(prints.get(0).getWidth()).isEqualTo(1600);
        assertThat(prints.get(1).getWidth()).isEqualTo(1600);
        assertThat(prints.get(0).getHeight()).isEqualTo(prints.get(1).getHeight());
        // the region's height at the print's scale, plus the status band: no empty rows above or below
        java.awt.geom.Rectangle2D.Double region = tall.regionBounds();
        int column = (int) Math.round(MapLayout.LEGEND_PX * Style.legendScale());
        double regionHeightPx = region.height * (1600 - column) / region.width;
        assertThat((double) prints.get(0).getHeight()).isBetween(regionHeightPx, regionHeightPx + 120);
        // the same picture: the window decided only where the region sat in its field
        int differing = 0;
        for (int x = 0; x < 1600; x += 2) {
            for (int y = 0; y < prints.get(0).getHeight(); y += 2) {
                if (prints.get(0).getRGB(x, y) != prints.get(1).getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ (rounding at edges only)")
                .isLessThan(1600 * prints.get(0).getHeight() / 4 / 100);
        // the status box starts at the top, whatever the room the window left above the region
        for (BufferedImage print : prints) {
            assertThat(topmostInk(print, column)).isLessThan(12);
        }
    }

    static int rightmostInk(BufferedImage img) {
        int right = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = img.getWidth() - 1; x > right; x--) {
                if (img.getRGB(x, y) != Style.BACKDROP.getRGB()) {
                    right = x;
                }
            }
        }
        return right;
    }

    /** The first row with anything drawn left of the legend column ({@code column} pixels wide). */
    static int topmostInk(BufferedImage img, int column) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth() - column; x++) {
                if (img.getRGB(x, y) != Style.BACKDROP.getRGB()) {
                    return y;
                }
            }
        }
        return img.getHeight();
    }

    static int lowestInk(BufferedImage img) {
        for (int y = img.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) != Style.BACKDROP.getRGB()) {
                    return y;
                }
            }
        }
        return -1;
    }

    @Test
    void placeNamesDoNotCoverEachOtherNorOtherNamedPlaces() {
        // the live map (about 450 to 900 pixels for the region) and the saved one (1600 pixels)
        // Names about 7.5 pixels a letter, 15 high: the map's font at scale 1.
        for (double regionPx : new double[] {450, 600, 690, 900, 1600}) {
            MapLayout layout = new MapLayout(sim.region(), regionPx, 0);
            double scale = layout.pxPerKm();
            java.awt.geom.Rectangle2D.Double[] boxes = layout.nameBoxes(scale, 150_000, n -> 7.5 * n.length() + 4, 15);
            assertThat(MapLayout.mapName("Mülheim an der Ruhr")).isEqualTo("Mülheim");
            assertThat(MapLayout.mapName("Duisburg")).isEqualTo("Duisburg");
            List<java.awt.geom.Rectangle2D.Double> placed = new ArrayList<>();
            List<Municipality> named = new ArrayList<>();
            for (Municipality m : sim.municipalities()) {
                java.awt.geom.Rectangle2D.Double b = boxes[m.index()];
                if (m.population() < 150_000) {
                    assertThat(b).as(m.name()).isNull();
                    continue;
                }
                if (b == null) {
                    // too crowded: left out rather than drawn over another place (zoomed in, it appears)
                    assertThat(regionPx).as(regionPx + " " + m.name() + " left out only on a small map").isLessThan(600);
                    continue;
                }
                Double2D c = layout.position(m);
                java.awt.geom.Rectangle2D.Double abs = new java.awt.geom.Rectangle2D.Double(c.x * scale + b.x,
                        c.y * scale + b.y, b.width, b.height);
                assertThat(placed).as(m.name()).noneMatch(abs::intersects);
                placed.add(abs);
                named.add(m);
            }
            assertThat(named).hasSizeGreaterThanOrEqualTo(regionPx < 600 ? 9 : 10);
            for (int i = 0; i < named.size(); i++) {
                for (Municipality other : named) {
                    if (other == named.get(i)) {
                        continue;
                    }
                    Double2D c = layout.position(other);
                    double r = layout.radius(other) * scale;
                    // a name may touch another named place's circle, not cover its middle
                    java.awt.geom.Ellipse2D.Double core = new java.awt.geom.Ellipse2D.Double(c.x * scale - r / 2,
                            c.y * scale - r / 2, r, r);
                    assertThat(core.intersects(placed.get(i))).as(regionPx + ": " + named.get(i).name() + " over "
                            + other.name()).isFalse();
                }
            }
        }
    }

    @Test
    void atLargeScaleAStableSampleIsDrawnAndTheMapSaysSo() {
        RegionView small = new RegionView(sim, new MapLayout(sim.region(), 900, MapLayout.LEGEND_PX), 300, "");
        small.refresh();
        assertThat(small.sampleFraction()).isLessThan(1.0);
        assertThat(small.firmsSampled()).isBetween(200, 400);
        assertThat(small.firmsShown()).isGreaterThanOrEqualTo(small.firmsSampled());
        assertThat(new MapLayers(small, null).statusLines()[1])
                .startsWith("Firms: a sample of " + small.firmsSampled() + " of " + Style.grouped(small.firmsTotal(), 0))
                .endsWith("a sample to keep the map responsive");
        List<Agent> before = new ArrayList<>(small.shownAgents());
        small.refresh();
        assertThat(small.shownAgents()).containsExactlyElementsOf(before);
        // every drawn tie has both ends on the map
        for (Object edge : small.ties.getAllNodes()) {
            assertThat(small.positionOf(edge)).isNotNull();
        }
    }
}
