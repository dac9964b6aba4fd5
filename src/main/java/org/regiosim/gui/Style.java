package org.regiosim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.regiosim.model.LeadMarket;

/**
 * How the workshop GUI draws things: one place for colours, strokes and the font scale, so that
 * the map, its legend, the charts and the tests agree. Colours are chosen to stay apart on a
 * projector; the choice to cooperate or compete is shown by colour and by shape.
 */
public final class Style {

    /** Fill colour of firms by lead market (legacy industries dark). */
    private static final Color[] MARKET = {
        new Color(214, 39, 40),    // health
        new Color(44, 160, 44),    // resource efficiency
        new Color(31, 119, 180),   // mobility
        new Color(255, 127, 14),   // urban construction and housing
        new Color(188, 189, 34),   // sustainable consumption
        new Color(148, 103, 189),  // digital communication
        new Color(23, 190, 207),   // education and knowledge
        new Color(227, 119, 194),  // leisure and events
        new Color(70, 70, 70),     // coal
        new Color(140, 86, 75),    // steel
    };

    /** Chose to cooperate (bluish green) / to compete (vermillion) / no decision yet (grey). */
    public static final Color COOPERATE = new Color(0, 158, 115);
    public static final Color COMPETE = new Color(213, 94, 0);
    public static final Color UNDECIDED = new Color(150, 150, 150);

    public static final Color BACKDROP = new Color(250, 250, 246);
    public static final Color MUNICIPALITY_FILL = new Color(222, 226, 232);
    public static final Color LABEL = new Color(40, 40, 40);

    public static final Color TIE_FIRM_FIRM = new Color(35, 45, 110, 150);
    public static final Color TIE_FIRM_UNIVERSITY = new Color(120, 30, 150);
    public static final Color TIE_MUNICIPAL = new Color(0, 158, 115, 190);
    public static final Color MEMBERSHIP = new Color(120, 120, 120, 110);

    /**
     * Institutions: light blue networks, dark blue municipal associations, yellow competence
     * centres (Okabe-Ito sky blue and yellow): apart in lightness as well as hue, so that they
     * stay apart with any colour vision.
     */
    public static final Color NETWORK = new Color(86, 180, 233);
    public static final Color ASSOCIATION = new Color(20, 50, 120);
    public static final Color COMPETENCE_CENTRE = new Color(240, 200, 30);
    public static final Color AGENCY = new Color(20, 20, 20);
    public static final Color AGENCY_OUTLINE = new Color(240, 200, 30);
    public static final Color SELECTED = new Color(255, 0, 160);

    private static volatile double fontScale = 1.0;

    private Style() {
    }

    public static Color market(LeadMarket m) {
        return MARKET[m.ordinal()];
    }

    public static Color choice(boolean decided, boolean cooperate) {
        return !decided ? UNDECIDED : (cooperate ? COOPERATE : COMPETE);
    }

    /** 1.0 normally; about 1.6 on a projector (the "large fonts" option). */
    public static double fontScale() {
        return fontScale;
    }

    public static void setFontScale(double s) {
        fontScale = Math.max(0.5, Math.min(3.0, s));
    }

    /** The legend's scale: it grows less than the rest, so that it still fits beside the map. */
    public static double legendScale() {
        return Math.min(fontScale, 1.25);
    }

    public static Font legendFont(int style, double basePoints) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(basePoints * legendScale()));
    }

    public static Font font(int style, double basePoints) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(basePoints * fontScale));
    }

    /**
     * The GUI's one thousands-separator format: a number with commas and {@code decimals}
     * decimals, as the room writes it (40,342; 12,345.5).
     */
    static String grouped(double v, int decimals) {
        return String.format(java.util.Locale.UK, "%,." + decimals + "f", v);
    }

    public static Stroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static Stroke dashed(double width) {
        float w = (float) width;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 3 * w}, 0f);
    }

    /** A readable name for a lead market, e.g. "digital communication". */
    public static String marketName(LeadMarket m) {
        return m.key().replace('_', ' ');
    }
}
