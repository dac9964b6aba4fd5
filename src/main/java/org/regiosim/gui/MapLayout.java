package org.regiosim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.regiosim.model.Firm;
import org.regiosim.model.Municipality;
import org.regiosim.model.MunicipalitySpec;
import org.regiosim.model.RegionData;
import org.regiosim.model.University;

import sim.util.Double2D;

/**
 * Where things are on the map, in kilometres east and south of the north-west corner of the
 * region (an equirectangular projection, fine at regional scale). Municipalities sit at their
 * centres (lat/lon from the data) as circles that grow with population; a firm sits in its
 * home municipality's circle at a place derived from its id alone (a hash, never the model's
 * random generator, so that drawing cannot change a run). Universities ring their city's centre;
 * the development agency sits beside Essen (its seat) or the largest municipality. A layout
 * depends on the region only, so two runs of one region share one.
 */
public final class MapLayout {

    /** Margin around the region, km. */
    public static final double MARGIN_KM = 6.0;
    /** Width of the legend column right of the region, in pixels at zoom 1 (times the font scale). */
    public static final double LEGEND_PX = 250;

    private static final double KM_PER_DEG_LAT = 110.57;

    private final double minLon;
    private final double maxLat;
    private final double kmPerDegLon;
    private final double regionWidthKm;
    private final double regionHeightKm;
    private final double pxPerKm;
    /** Extra space above the region when the map is higher than the region, km. */
    private final double top;
    /** The region's own height, margins included, without the extra space, km. */
    private final double naturalHeightKm;
    private final double legendKm;
    private final double legendPx;
    private final List<MunicipalitySpec> specs;
    private final Double2D[] centres;
    private final double[] radii;
    private final Map<University, Double2D> universities = new IdentityHashMap<>();
    private final Double2D agency;

    /**
     * @param regionPx width in pixels (at zoom 1) that the region itself gets; the legend column
     *                 is added to its right
     */
    public MapLayout(RegionData region, double regionPx, double legendPx) {
        this(region, regionPx, legendPx, 0);
    }

    /**
     * @param minHeightPx the map is at least this high (pixels at zoom 1): a window taller than
     *                    the region is filled, the region centred in it and the legend given room
     */
    public MapLayout(RegionData region, double regionPx, double legendPx, double minHeightPx) {
        this.specs = region.municipalities();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        double la = Double.MAX_VALUE;
        double ha = -Double.MAX_VALUE;
        long maxPop = 1;
        for (MunicipalitySpec m : specs) {
            lo = Math.min(lo, m.lon());
            hi = Math.max(hi, m.lon());
            la = Math.min(la, m.lat());
            ha = Math.max(ha, m.lat());
            maxPop = Math.max(maxPop, m.population());
        }
        minLon = lo;
        maxLat = ha;
        kmPerDegLon = 111.32 * Math.cos(Math.toRadians((la + ha) / 2));
        regionWidthKm = (hi - lo) * kmPerDegLon + 2 * MARGIN_KM;
        double heightKm = (ha - la) * KM_PER_DEG_LAT + 2 * MARGIN_KM;
        pxPerKm = regionPx / regionWidthKm;
        regionHeightKm = Math.max(heightKm, minHeightPx / pxPerKm);
        top = (regionHeightKm - heightKm) / 2;
        naturalHeightKm = heightKm;
        this.legendPx = legendPx;
        legendKm = legendPx / pxPerKm;
        centres = new Double2D[specs.size()];
        radii = new double[specs.size()];
        int seat = 0;
        for (int i = 0; i < specs.size(); i++) {
            MunicipalitySpec m = specs.get(i);
            centres[i] = project(m.lat(), m.lon());
            // Bigger with more inhabitants (radius 0.9 km plus up to 3.6 km by the square root of
            // the population: not proportional in area, so that small towns stay visible); the
            // largest municipality gets a radius of 4.5 km.
            radii[i] = 0.9 + 3.6 * Math.sqrt((double) m.population() / maxPop);
            if (m.name().equals("Essen")
                    || (!specs.get(seat).name().equals("Essen") && m.population() > specs.get(seat).population())) {
                seat = i;
            }
        }
        // The agency sits at Essen (its seat) or the largest municipality; south of Essen lies
        // outside the region, room for its star and label.
        agency = new Double2D(centres[seat].x + 1.0, centres[seat].y + radii[seat] + 6.0);
    }

    /**
     * Where to put the names of municipalities with at least {@code minPopulation} inhabitants,
     * as boxes relative to each centre in pixels (null: no name). Greedy by population, each name
     * takes the first of its places around the circle (below, above, right, left, the diagonals,
     * then below and above slid sideways) that covers neither a name placed before nor the middle
     * of another named place's circle, and the least of other municipalities' circles (a named
     * one's counts three times) and of the space outside the map. Where no place is free (a
     * crowded small map) the name gets a second try, placed before the larger ones; if that
     * leaves out more, it is left out at that zoom; zoomed in, it appears.
     *
     * @param width   width of a name in pixels (padding included)
     * @param height  height of a line in pixels
     */
    public java.awt.geom.Rectangle2D.Double[] nameBoxes(double pxPerKmNow, int minPopulation,
                                                        java.util.function.ToDoubleFunction<String> width, double height) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(specs.get(b).population(), specs.get(a).population()));
        java.awt.geom.Rectangle2D.Double[] best = placeNames(order, pxPerKmNow, minPopulation, width, height);
        // A name left out gets another try placed first: larger places often have room elsewhere.
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Integer> first = new ArrayList<>();
            for (int i : order) {
                if (best[i] == null && specs.get(i).population() >= minPopulation) {
                    first.add(i);
                }
            }
            if (first.isEmpty()) {
                break;
            }
            List<Integer> retry = new ArrayList<>(first);
            for (int i : order) {
                if (!first.contains(i)) {
                    retry.add(i);
                }
            }
            java.awt.geom.Rectangle2D.Double[] again = placeNames(retry, pxPerKmNow, minPopulation, width, height);
            if (named(again) > named(best)) {
                best = again;
            }
            order = retry;
        }
        return best;
    }

    private static int named(java.awt.geom.Rectangle2D.Double[] boxes) {
        int n = 0;
        for (java.awt.geom.Rectangle2D.Double b : boxes) {
            n += b == null ? 0 : 1;
        }
        return n;
    }

    /** Names placed greedily in the given order (see {@link #nameBoxes}). */
    private java.awt.geom.Rectangle2D.Double[] placeNames(List<Integer> order, double pxPerKmNow, int minPopulation,
                                                         java.util.function.ToDoubleFunction<String> width, double height) {
        java.awt.geom.Rectangle2D.Double[] boxes = new java.awt.geom.Rectangle2D.Double[specs.size()];
        List<java.awt.geom.Rectangle2D.Double> taken = new ArrayList<>();
        java.awt.geom.Rectangle2D.Double map = new java.awt.geom.Rectangle2D.Double(0, 0,
                regionWidthKm * pxPerKmNow, regionHeightKm * pxPerKmNow);
        for (int i : order) {
            MunicipalitySpec m = specs.get(i);
            if (m.population() < minPopulation) {
                continue;
            }
            double r = Math.max(4, radii[i] * pxPerKmNow);
            double w = width.applyAsDouble(mapName(m.name()));
            double cx = centres[i].x * pxPerKmNow;
            double cy = centres[i].y * pxPerKmNow;
            double d = r * 0.71;
            List<double[]> candidates = new ArrayList<>(List.of(new double[] {-w / 2, r}, new double[] {-w / 2, -r - height},
                    new double[] {r + 2, -height / 2}, new double[] {-r - 2 - w, -height / 2},
                    new double[] {d, d}, new double[] {-d - w, d}, new double[] {d, -d - height}, new double[] {-d - w, -d - height}));
            for (int k = 1; k < 8; k++) { // slid sideways below and above, centre still under or over the name
                if (k != 4) {
                    candidates.add(new double[] {-w * k / 8.0, r});
                    candidates.add(new double[] {-w * k / 8.0, -r - height});
                }
            }
            double[] chosen = null;
            double best = Double.MAX_VALUE;
            for (double[] c : candidates) {
                java.awt.geom.Rectangle2D.Double abs = new java.awt.geom.Rectangle2D.Double(cx + c[0], cy + c[1], w, height);
                if (taken.stream().anyMatch(abs::intersects)
                        || coversNamedCore(abs.x, abs.y, w, height, i, pxPerKmNow, minPopulation)) {
                    continue;
                }
                double cost = w * height - area(abs.createIntersection(map));
                for (int k = 0; k < specs.size(); k++) {
                    if (k != i) {
                        double rk = Math.max(4, radii[k] * pxPerKmNow);
                        double covered = area(new java.awt.geom.Area(abs), new java.awt.geom.Ellipse2D.Double(
                                centres[k].x * pxPerKmNow - rk, centres[k].y * pxPerKmNow - rk, 2 * rk, 2 * rk));
                        cost += covered * (specs.get(k).population() >= minPopulation ? 3 : 1);
                    }
                }
                if (cost < best - 1e-9) {
                    best = cost;
                    chosen = c;
                }
            }
            if (chosen == null) {
                continue; // too crowded at this zoom: no name rather than one over another
            }
            boxes[i] = new java.awt.geom.Rectangle2D.Double(chosen[0], chosen[1], w, height);
            taken.add(new java.awt.geom.Rectangle2D.Double(cx + chosen[0], cy + chosen[1], w, height));
        }
        return boxes;
    }

    /** True if a box covers the middle (half the radius) of another named municipality's circle. */
    private boolean coversNamedCore(double x, double y, double w, double h, int self, double px, int minPopulation) {
        for (int k = 0; k < specs.size(); k++) {
            if (k != self && specs.get(k).population() >= minPopulation) {
                double r = radii[k] * px / 2;
                if (new java.awt.geom.Ellipse2D.Double(centres[k].x * px - r, centres[k].y * px - r, 2 * r, 2 * r)
                        .intersects(x, y, w, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A municipality's name as the map writes it: "Mülheim an der Ruhr" as "Mülheim", as people
     * in the region say, so that it fits between Duisburg, Oberhausen and Essen (the inspector
     * gives the full name).
     */
    public static String mapName(String name) {
        int k = name.indexOf(" an der ");
        return k > 0 ? name.substring(0, k) : name;
    }

    private static double area(java.awt.geom.Rectangle2D r) {
        return r.isEmpty() ? 0 : r.getWidth() * r.getHeight();
    }

    /** The area two shapes share, in square pixels (from the bounds of the pieces: good enough here). */
    private static double area(java.awt.geom.Area a, java.awt.Shape b) {
        if (!a.getBounds2D().intersects(b.getBounds2D())) {
            return 0;
        }
        java.awt.geom.Area shared = new java.awt.geom.Area(a);
        shared.intersect(new java.awt.geom.Area(b));
        if (shared.isEmpty()) {
            return 0;
        }
        // polygon area of the flattened outline
        double sum = 0;
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double px = 0;
        double py = 0;
        for (java.awt.geom.PathIterator it = shared.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                sx = px = c[0];
                sy = py = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                sum += px * c[1] - c[0] * py;
                px = c[0];
                py = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_CLOSE) {
                sum += px * sy - sx * py;
                px = sx;
                py = sy;
            }
        }
        return Math.abs(sum) / 2;
    }

    /** Places a model's universities around their cities' centres (call once per model). */
    public void placeUniversities(List<University> unis) {
        universities.clear();
        Map<Municipality, List<University>> byCity = new IdentityHashMap<>();
        for (University u : unis) {
            byCity.computeIfAbsent(u.home(), k -> new ArrayList<>()).add(u);
        }
        for (Map.Entry<Municipality, List<University>> e : byCity.entrySet()) {
            Double2D c = position(e.getKey());
            List<University> here = e.getValue();
            double ring = here.size() == 1 ? 0.0 : 1.6 + 0.25 * here.size();
            for (int i = 0; i < here.size(); i++) {
                double a = 2 * Math.PI * i / here.size() - Math.PI / 2;
                universities.put(here.get(i), new Double2D(c.x + ring * Math.cos(a), c.y + ring * Math.sin(a)));
            }
        }
    }

    private Double2D project(double lat, double lon) {
        return new Double2D((lon - minLon) * kmPerDegLon + MARGIN_KM, (maxLat - lat) * KM_PER_DEG_LAT + MARGIN_KM + top);
    }

    /** Field width in km, the legend column included. */
    public double fieldWidth() { return regionWidthKm + legendKm; }
    public double fieldHeight() { return regionHeightKm; }
    public double regionWidth() { return regionWidthKm; }
    /**
     * The region itself in field coordinates (km), margins included: the map without the space a
     * tall window adds above and below it, and without the legend column.
     */
    public java.awt.geom.Rectangle2D.Double regionBounds() {
        return new java.awt.geom.Rectangle2D.Double(0, top, regionWidthKm, naturalHeightKm);
    }
    /** Width of the legend column at zoom 1, pixels (0: none, the legend overlays the map). */
    public double legendPx() { return legendPx; }
    /** Pixels per km at zoom 1. */
    public double pxPerKm() { return pxPerKm; }
    public int displayWidthPx() { return (int) Math.ceil(fieldWidth() * pxPerKm); }
    public int displayHeightPx() { return (int) Math.ceil(fieldHeight() * pxPerKm); }

    public Double2D position(Municipality m) { return centres[m.index()]; }
    public double radius(Municipality m) { return radii[m.index()]; }
    public Double2D position(University u) { return universities.get(u); }
    public Double2D agencyPosition() { return agency; }

    /** A firm's place: uniform in 95% of its home municipality's circle, from a hash of its id. */
    public Double2D position(Firm f) {
        Double2D c = centres[f.home().index()];
        double r = radii[f.home().index()] * 0.95;
        long h = mix(f.getId());
        double u1 = unit(h);
        double u2 = unit(mix(h));
        double angle = 2 * Math.PI * u1;
        double dist = r * Math.sqrt(u2);
        return new Double2D(c.x + dist * Math.cos(angle), c.y + dist * Math.sin(angle));
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of a number. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, 1) from a hash. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** True if a firm belongs to the drawn sample when a share {@code fraction} of firms is drawn. */
    public static boolean inSample(Firm f, double fraction) {
        return fraction >= 1.0 || unit(mix(f.getId() ^ 0x5DEECE66DL)) < fraction;
    }
}
