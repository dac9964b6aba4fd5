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
 * centres (lat/lon from the data) as circles whose area grows with population; a firm sits in its
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
        this.legendPx = legendPx;
        legendKm = legendPx / pxPerKm;
        centres = new Double2D[specs.size()];
        radii = new double[specs.size()];
        int seat = 0;
        for (int i = 0; i < specs.size(); i++) {
            MunicipalitySpec m = specs.get(i);
            centres[i] = project(m.lat(), m.lon());
            // Area proportional to population: the largest municipality gets a radius of 4.5 km.
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
     * as boxes relative to each centre in pixels (null: no name): below the circle, else above,
     * right or left, whichever no larger municipality's name took. Greedy by population.
     *
     * @param width   width of a name in pixels (padding included)
     * @param height  height of a line in pixels
     */
    public java.awt.geom.Rectangle2D.Double[] nameBoxes(double pxPerKmNow, int minPopulation,
                                                        java.util.function.ToDoubleFunction<String> width, double height) {
        java.awt.geom.Rectangle2D.Double[] boxes = new java.awt.geom.Rectangle2D.Double[specs.size()];
        List<java.awt.geom.Rectangle2D.Double> taken = new ArrayList<>();
        Integer[] order = new Integer[specs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(specs.get(b).population(), specs.get(a).population()));
        for (int i : order) {
            MunicipalitySpec m = specs.get(i);
            if (m.population() < minPopulation) {
                continue;
            }
            double r = Math.max(4, radii[i] * pxPerKmNow);
            double w = width.applyAsDouble(m.name());
            double cx = centres[i].x * pxPerKmNow;
            double cy = centres[i].y * pxPerKmNow;
            double[][] candidates = {{-w / 2, r}, {-w / 2, -r - height}, {r + 2, -height / 2}, {-r - 2 - w, -height / 2}};
            java.awt.geom.Rectangle2D.Double chosen = null;
            for (double[] c : candidates) {
                java.awt.geom.Rectangle2D.Double abs = new java.awt.geom.Rectangle2D.Double(cx + c[0], cy + c[1], w, height);
                if (taken.stream().noneMatch(abs::intersects)) {
                    chosen = new java.awt.geom.Rectangle2D.Double(c[0], c[1], w, height);
                    taken.add(abs);
                    break;
                }
            }
            boxes[i] = chosen != null ? chosen : new java.awt.geom.Rectangle2D.Double(candidates[0][0], candidates[0][1], w, height);
        }
        return boxes;
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
