package org.regiosim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Municipality;
import org.regiosim.model.University;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The map of one region view as an ordered list of MASON field portrayals (bottom to top). The
 * live Display2D attaches exactly these layers; {@link #render} draws the same layers into an
 * image without any window (for tests, for "save as PNG", and for headless machines).
 */
public final class MapLayers {

    /** One named layer (the name appears in Display2D's Layers menu). */
    public record Layer(String name, FieldPortrayal2D portrayal) {
    }

    /** Names of the overlay layers: the status box (top left) and the legend column (right). */
    public static final String STATUS = "Status";
    public static final String LEGEND = "Legend";

    private final RegionView view;
    private final List<Layer> layers = new ArrayList<>();
    private final MapLegend legend;
    private final MapLegend status;

    /**
     * @param inspectors makes the inspector for a clicked agent (null: MASON's default inspector)
     */
    public MapLayers(RegionView view, Function<Agent, Inspector> inspectors) {
        this.view = view;
        MapLayout layout = view.layout();

        ContinuousPortrayal2D municipalities = new ContinuousPortrayal2D();
        municipalities.setField(view.municipalityLayer);
        municipalities.setPortrayalForClass(Municipality.class, new MapPortrayals.MunicipalityPortrayal(layout, inspectors));
        layers.add(new Layer("Municipalities", municipalities));

        NetworkPortrayal2D memberships = new NetworkPortrayal2D();
        memberships.setField(new SpatialNetwork2D(view.positions, view.memberships));
        memberships.setPortrayalForAll(new MapPortrayals.TiePortrayal(true));
        layers.add(new Layer("Institution members", memberships));

        NetworkPortrayal2D ties = new NetworkPortrayal2D();
        ties.setField(new SpatialNetwork2D(view.positions, view.ties));
        ties.setPortrayalForAll(new MapPortrayals.TiePortrayal(false));
        layers.add(new Layer("Cooperation ties", ties));

        ContinuousPortrayal2D firms = new ContinuousPortrayal2D();
        firms.setField(view.firmLayer);
        firms.setPortrayalForClass(Firm.class, new MapPortrayals.FirmPortrayal(inspectors));
        layers.add(new Layer("Firms", firms));

        ContinuousPortrayal2D institutions = new ContinuousPortrayal2D();
        institutions.setField(view.institutionLayer);
        institutions.setPortrayalForAll(new MapPortrayals.InstitutionPortrayal());
        layers.add(new Layer("Institutions", institutions));

        ContinuousPortrayal2D universities = new ContinuousPortrayal2D();
        universities.setField(view.universityLayer);
        universities.setPortrayalForClass(University.class, new MapPortrayals.UniversityPortrayal(inspectors));
        layers.add(new Layer("Universities", universities));

        ContinuousPortrayal2D names = new ContinuousPortrayal2D();
        names.setField(view.municipalityLayer);
        names.setPortrayalForAll(new MapPortrayals.PlaceNamePortrayal(layout));
        layers.add(new Layer("Place names", names));

        // Above the place names: where the agency's label meets one (Hagen, south of the star),
        // its white box covers the name instead of the two texts running through each other.
        ContinuousPortrayal2D agency = new ContinuousPortrayal2D();
        agency.setField(view.agencyLayer);
        agency.setPortrayalForAll(new MapPortrayals.AgencyPortrayal());
        layers.add(new Layer("Development agency", agency));

        legend = new MapLegend(view, false);
        layers.add(new Layer(LEGEND, legend));
        status = new MapLegend(view, true);
        layers.add(new Layer(STATUS, status));
    }

    public List<Layer> layers() { return layers; }
    public RegionView view() { return view; }

    /** The status lines at the top left of the map. */
    public String[] statusLines() { return legend.statusLines(); }

    /** The status box drawn over the map (for tests). */
    MapLegend status() { return status; }

    /**
     * Draws all layers into a new image of the given width (the height follows the map's aspect
     * ratio), as Display2D would at zoom width / display width.
     */
    public BufferedImage render(GUIState gui, int width) {
        return render(gui, width, null);
    }

    /**
     * The map for print (a workshop save and its handout), {@code width} pixels wide whatever the
     * window's shape: the status box on a band of its own at the top, below it the region at its
     * own shape (without the space a tall window adds above and below it), and the legend in a
     * column to the right, at the font scale.
     */
    public BufferedImage renderForPrint(GUIState gui, int width) {
        int column = (int) Math.round(MapLayout.LEGEND_PX * Style.legendScale());
        int regionPx = width - column;
        MapLayout layout = view.layout();
        Rectangle2D.Double region = layout.regionBounds();
        double pxPerKm = regionPx / region.width;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        double band;
        double legendHeight;
        try {
            band = status.statusHeight(pg, regionPx - 16) + 16;
            legendHeight = MapLegend.legendHeight(pg, Style.legendScale()) + 20;
        } finally {
            pg.dispose();
        }
        int height = (int) Math.ceil(Math.max(band + region.height * pxPerKm, legendHeight));
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img);
        try {
            // The whole field, placed so that the region's top edge lies just below the band; what
            // lies outside the region's column is clipped away.
            Rectangle2D.Double field = new Rectangle2D.Double(-region.x * pxPerKm, band - region.y * pxPerKm,
                    layout.fieldWidth() * pxPerKm, layout.fieldHeight() * pxPerKm);
            Rectangle2D.Double clip = new Rectangle2D.Double(0, 0, regionPx, height);
            java.awt.Shape before = g.getClip();
            g.clip(clip);
            for (Layer l : layers) {
                if (l.name().equals(LEGEND)) {
                    continue;
                }
                // The status box sits at the top left of what it is given: the print's, not the field's.
                Rectangle2D.Double draw = !l.name().equals(STATUS) ? field
                        : new Rectangle2D.Double(0, 0, field.width, height);
                DrawInfo2D info = new DrawInfo2D(gui, l.portrayal(), draw, clip);
                info.gui = gui;
                l.portrayal().draw(l.portrayal().getField(), g, info);
            }
            g.setClip(before);
            MapLegend.drawLegend(g, width, 8, height - 12, column);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** As {@link #render(GUIState, int)}, drawing only the layers named (all when null). */
    public BufferedImage render(GUIState gui, int width, java.util.Set<String> only) {
        MapLayout layout = view.layout();
        int height = (int) Math.round(width * layout.fieldHeight() / layout.fieldWidth());
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(img);
        try {
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
            for (Layer l : layers) {
                if (only != null && !only.contains(l.name())) {
                    continue;
                }
                DrawInfo2D info = new DrawInfo2D(gui, l.portrayal(), all, all);
                info.gui = gui;
                l.portrayal().draw(l.portrayal().getField(), g, info);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Graphics for drawing a map into {@code img}: antialiased, the backdrop already painted. */
    private static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Style.BACKDROP);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }
}
