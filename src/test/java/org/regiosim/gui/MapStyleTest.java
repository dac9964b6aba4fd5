package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Institution;

/** The map's colours stay apart for people with any colour vision, and the legend says what the map does. */
class MapStyleTest {

    /** Colour-vision deficiency simulations in linear RGB (Vienot et al. 1999; Brettel-style tritanopia). */
    static final double[][] PROTAN = {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}};
    static final double[][] DEUTAN = {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}};
    static final double[][] TRITAN = {{1, 0.1273989, -0.1273989}, {0, 0.8739093, 0.1260907}, {0, 0.8739093, 0.1260907}};

    static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of a colour as seen with vision {@code m} (null: normal). */
    static double[] lab(Color c, double[][] m) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        if (m != null) {
            double[] o = new double[3];
            for (int i = 0; i < 3; i++) {
                o[i] = Math.min(1, Math.max(0, m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]));
            }
            rgb = o;
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    @Test
    void institutionKindsStayApartWithAnyColourVision() {
        List<Color> colours = java.util.Arrays.stream(Institution.Kind.values())
                .map(MapPortrayals.InstitutionPortrayal::colour).toList();
        for (double[][] vision : new double[][][] {null, PROTAN, DEUTAN, TRITAN}) {
            for (int i = 0; i < colours.size(); i++) {
                for (int k = i + 1; k < colours.size(); k++) {
                    assertThat(deltaE(lab(colours.get(i), vision), lab(colours.get(k), vision)))
                            .as(Institution.Kind.values()[i] + " vs " + Institution.Kind.values()[k]).isGreaterThan(40);
                }
            }
        }
        // networks and associations differ in lightness too (the old teal and green did not: 2 L*)
        assertThat(Math.abs(lab(Style.NETWORK, null)[0] - lab(Style.ASSOCIATION, null)[0])).isGreaterThan(25);
        assertThat(Math.abs(lab(new Color(0, 110, 120), null)[0] - lab(new Color(0, 120, 60), null)[0])).isLessThan(25);
    }

    @Test
    void theLegendSaysWhatTheDiscSizeMeans() {
        // the radius is 0.9 km + 3.6 km * sqrt(population / largest): bigger, not proportional in area
        assertThat(MapLegend.MUNICIPALITY).doesNotContain("area").contains("more inhabitants");
    }
}
