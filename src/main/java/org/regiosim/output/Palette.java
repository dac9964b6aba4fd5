package org.regiosim.output;

import java.awt.Color;

/** Colours for series (Okabe-Ito, readable by colour-blind viewers and on projectors). */
public final class Palette {

    private static final Color[] SERIES = {
        new Color(0, 0, 0), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 158, 115),
        new Color(213, 94, 0), new Color(0, 114, 178), new Color(204, 121, 167), new Color(240, 228, 66)
    };

    private Palette() {
    }

    public static Color series(int i) {
        return SERIES[i % SERIES.length];
    }
}
