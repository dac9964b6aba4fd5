package org.regiosim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import org.regiosim.model.Institution;
import org.regiosim.model.LeadMarket;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The map's overlays, fixed on screen: the status box at the top left (the quarter, the policy, how
 * many firms are drawn: a sample at large scale, said so) or the legend column at the right (every
 * colour, shape and line style on the map).
 */
final class MapLegend extends FieldPortrayal2D {

    private final RegionView view;
    private final boolean status;

    /** @param status true: the status box (top left); false: the legend column (right) */
    MapLegend(RegionView view, boolean status) {
        this.view = view;
        this.status = status;
        setField(view);
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        // the overlay is not clickable
    }

    /**
     * Which quarter the map shows, after {@code steps} steps: the last quarter completed, counted
     * from 0 as the charts' x-axis and the Console's time do ("Quarter 79 done (year 20)" after
     * 80 steps), or that none is done yet.
     */
    static String quarterDone(int steps) {
        if (steps <= 0) {
            return "Start: no quarter done yet";
        }
        int q = steps - 1;
        return "Quarter " + q + " done (year " + (q / 4 + 1) + ")";
    }

    /** The status lines shown top left (also used by tests and the window titles). */
    String[] statusLines() {
        String head = (view.label().isEmpty() ? "" : view.label() + ": ") + quarterDone(view.sim().currentStep())
                + "   Policy: " + PolicyNames.readable(view.sim().agency().policy());
        String firms;
        if (view.sampleFraction() >= 1.0) {
            firms = "Firms: all " + Style.grouped(view.firmsTotal(), 0) + " drawn";
        } else {
            firms = "Firms: a sample of " + Style.grouped(view.firmsSampled(), 0) + " of " + Style.grouped(view.firmsTotal(), 0)
                    + " drawn" + (view.firmsShown() > view.firmsSampled()
                    ? " (+" + Style.grouped(view.firmsShown() - view.firmsSampled(), 0) + " partners)" : "")
                    + ", a sample to keep the map responsive";
        }
        String ties = "Cooperations drawn: " + view.ties(RegionView.TieKind.FIRM_FIRM) + " firm-firm, "
                + view.ties(RegionView.TieKind.FIRM_UNIVERSITY) + " firm-university, "
                + view.ties(RegionView.TieKind.MUNICIPAL) + " joint marketing";
        return new String[] {head, firms, ties};
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        double left = Math.max(info.clip.x, info.draw.x);
        double top = Math.max(info.clip.y, info.draw.y);
        double right = Math.min(info.clip.x + info.clip.width, info.draw.x + info.draw.width);
        double bottom = Math.min(info.clip.y + info.clip.height, info.draw.y + info.draw.height);
        if (status) {
            // Beside the legend column, not over it: the box ends where the region does.
            double regionRight = info.draw.x + info.draw.width * view.layout().regionWidth() / view.layout().fieldWidth();
            double maxRight = view.layout().legendPx() > 0 ? Math.min(right, regionRight) : right;
            double width = maxRight - 8 - (left + 8);
            // On a low map (a comparison on a small screen, large fonts) the full box would hide
            // most of the region: then it shows the quarter and the policy alone, in a smaller font.
            drawStatus(g, left + 8, top + 8, width, true, compactStatus(g, width, bottom - top));
        } else {
            drawLegend(g, right, top + 8, bottom - 4 - (top + 8), view.layout().legendPx());
        }
    }

    /**
     * Splits a status line into lines no wider than {@code max}: at its natural breaks first (three
     * spaces, or after a comma), within a part at spaces only if the part alone is too wide.
     */
    static List<String> wrap(String line, ToIntFunction<String> width, double max) {
        // parts with the separator that joins each to the one before
        List<String[]> parts = new ArrayList<>();
        String[] big = line.split("(?<=,) |   ");
        for (int i = 0; i < big.length; i++) {
            String sep = i == 0 ? "" : big[i - 1].endsWith(",") ? " " : "   ";
            if (width.applyAsInt(big[i]) <= max) {
                parts.add(new String[] {sep, big[i]});
            } else {
                String[] words = big[i].split(" ");
                for (int k = 0; k < words.length; k++) {
                    parts.add(new String[] {k == 0 ? sep : " ", words[k]});
                }
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String[] p : parts) {
            if (cur.length() > 0 && width.applyAsInt(cur + p[0] + p[1]) > max) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cur.length() == 0 ? "" : p[0]).append(p[1]);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The height of the status box, in pixels, when its lines are wrapped to fit {@code maxWidth}. */
    double statusHeight(Graphics2D g, double maxWidth) {
        return drawStatus(g, 0, 0, maxWidth, false, false);
    }

    /** The share of the map's visible height above which the status box is shown compact. */
    static final double COMPACT_STATUS_SHARE = 0.3;

    /** Whether the status box is shown compact on a map {@code visibleHeight} pixels high. */
    boolean compactStatus(Graphics2D g, double maxWidth, double visibleHeight) {
        return drawStatus(g, 0, 0, maxWidth, false, false) > COMPACT_STATUS_SHARE * visibleHeight;
    }

    /**
     * Draws the status box at (x, y), its lines wrapped to fit {@code maxWidth} pixels (or, if not
     * {@code paint}, only measures it); returns its height in pixels. A {@code compact} box has the
     * first line alone (quarter and policy), in the details' size.
     */
    double drawStatus(Graphics2D g, double x, double y, double maxWidth, boolean paint, boolean compact) {
        String[] lines = statusLines();
        if (compact) {
            lines = new String[] {lines[0]};
        }
        Font big = compact ? Style.legendFont(Font.BOLD, 11) : Style.font(Font.BOLD, 14);
        Font small = Style.legendFont(Font.PLAIN, 11); // the details grow less than the quarter and policy
        g.setFont(big);
        FontMetrics fb = g.getFontMetrics();
        g.setFont(small);
        FontMetrics fs = g.getFontMetrics();
        double inner = Math.max(40, maxWidth - 12);
        List<String> head = wrap(lines[0], fb::stringWidth, inner);
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            rest.addAll(wrap(lines[i], fs::stringWidth, inner));
        }
        double w = 0;
        for (String l : head) {
            w = Math.max(w, fb.stringWidth(l));
        }
        for (String l : rest) {
            w = Math.max(w, fs.stringWidth(l));
        }
        w += 12;
        double h = head.size() * fb.getHeight() + rest.size() * fs.getHeight() + 8;
        if (!paint) {
            return h;
        }
        g.setPaint(new Color(255, 255, 255, 225));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setPaint(new Color(180, 180, 180));
        g.setStroke(Style.stroke(1));
        g.draw(new Rectangle2D.Double(x, y, w, h));
        g.setPaint(Style.LABEL);
        double ty = y + 4;
        g.setFont(big);
        for (String l : head) {
            g.drawString(l, (float) x + 6, (float) (ty + fb.getAscent()));
            ty += fb.getHeight();
        }
        g.setFont(small);
        for (String l : rest) {
            g.drawString(l, (float) x + 6, (float) (ty + fs.getAscent()));
            ty += fs.getHeight();
        }
        return h;
    }

    /** Rows of the legend, in line heights (headings count 1.3). */
    static double legendRows() {
        return 5 * 1.3 + LeadMarket.count() + 3 + 3 + 3 + Institution.Kind.values().length;
    }

    /**
     * The legend's scale: the font scale (at most 1.25), no wider than the column the map
     * reserved (large fonts switched on during a run), and small enough that every row fits the
     * height available (a low window), but not below 0.6.
     */
    static double legendScale(double columnPx, double availableHeight, java.util.function.DoubleUnaryOperator heightAt) {
        double s = columnPx > 0 ? Math.min(Style.legendScale(), columnPx / MapLayout.LEGEND_PX) : Style.legendScale();
        for (int i = 0; i < 4 && availableHeight > 0 && heightAt.applyAsDouble(s) > availableHeight && s > 0.6; i++) {
            s = Math.max(0.6, s * availableHeight / heightAt.applyAsDouble(s) - 0.01);
        }
        return s;
    }

    /** The legend's height in pixels at scale {@code s}. */
    static double legendHeight(Graphics2D g, double s) {
        FontMetrics fm = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s)));
        return legendRows() * (fm.getHeight() + 1) + 12;
    }

    /** What the legend says of a municipality's disc: its radius grows with the square root of the population. */
    static final String MUNICIPALITY = "municipality (bigger: more inhabitants)";

    /**
     * Draws the legend box with its right edge at {@code right} and its top at {@code y0}, in a
     * column of {@code columnPx} pixels (0: none, an overlay), at most {@code availableHeight} high.
     */
    static void drawLegend(Graphics2D g, double right, double y0, double availableHeight, double columnPx) {
        double s = legendScale(columnPx, availableHeight, x -> legendHeight(g, x));
        double w = MapLayout.LEGEND_PX * s - 12;
        double x = right - w - 6;
        Font head = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * s));
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s));
        g.setFont(text);
        double lh = g.getFontMetrics().getHeight() + 1;
        double h = legendRows() * lh + 12;
        g.setPaint(new Color(255, 255, 255, 235));
        g.fill(new Rectangle2D.Double(x, y0, w, h));
        g.setPaint(new Color(180, 180, 180));
        g.setStroke(Style.stroke(1));
        g.draw(new Rectangle2D.Double(x, y0, w, h));
        double tx = x + 8 + 18 * s;
        double sym = x + 8 + 8 * s;
        double d = 8 * s;
        double[] y = {y0 + 6};

        Runnable nl = () -> y[0] += lh;
        heading(g, head, "Firms (colour: lead market)", x + 6, y, lh);
        for (LeadMarket m : LeadMarket.values()) {
            g.setPaint(Style.market(m));
            g.fill(new Ellipse2D.Double(sym - d / 2, y[0] + lh / 2 - d / 2, d, d));
            label(g, text, Style.marketName(m) + (m.isLegacy() ? " (legacy)" : ""), tx, y[0], lh);
            nl.run();
        }
        heading(g, head, "Last decision (shape / colour)", x + 6, y, lh);
        g.setPaint(Color.DARK_GRAY);
        g.fill(new Ellipse2D.Double(sym - d / 2, y[0] + lh / 2 - d / 2, d, d));
        swatch(g, Style.COOPERATE, sym + d, y[0], lh, d);
        label(g, text, "  cooperate", tx + d, y[0], lh);
        nl.run();
        g.setPaint(Color.DARK_GRAY);
        Shape tri = triangle(sym, y[0] + lh / 2, d * 1.15);
        g.fill(tri);
        swatch(g, Style.COMPETE, sym + d, y[0], lh, d);
        label(g, text, "  compete", tx + d, y[0], lh);
        nl.run();
        g.setPaint(Color.DARK_GRAY);
        g.setStroke(Style.stroke(1.4));
        g.draw(new Ellipse2D.Double(sym - d / 2, y[0] + lh / 2 - d / 2, d, d));
        swatch(g, Style.UNDECIDED, sym + d, y[0], lh, d);
        label(g, text, "  no decision yet", tx + d, y[0], lh);
        nl.run();
        heading(g, head, "Actors", x + 6, y, lh);
        g.setPaint(Style.MUNICIPALITY_FILL);
        g.fill(new Ellipse2D.Double(sym - d * 0.7, y[0] + lh / 2 - d * 0.7, d * 1.4, d * 1.4));
        g.setPaint(Style.COOPERATE);
        g.setStroke(Style.stroke(2));
        g.draw(new Ellipse2D.Double(sym - d * 0.7, y[0] + lh / 2 - d * 0.7, d * 1.4, d * 1.4));
        label(g, text, MUNICIPALITY, tx, y[0], lh);
        nl.run();
        g.setPaint(Style.COOPERATE);
        g.fill(new Rectangle2D.Double(sym - d / 2, y[0] + lh / 2 - d / 2, d, d));
        g.setPaint(Color.BLACK);
        g.setStroke(Style.stroke(1));
        g.draw(new Rectangle2D.Double(sym - d / 2, y[0] + lh / 2 - d / 2, d, d));
        label(g, text, "university", tx, y[0], lh);
        nl.run();
        g.setPaint(Style.AGENCY);
        g.fill(MapPortrayals.AgencyPortrayal.star(sym, y[0] + lh / 2, d * 1.5));
        label(g, text, "development agency", tx, y[0], lh);
        nl.run();
        heading(g, head, "Running cooperations", x + 6, y, lh);
        line(g, Style.TIE_FIRM_FIRM, Style.stroke(1.5), sym, y[0], lh, d);
        label(g, text, RegionView.TieKind.FIRM_FIRM.label(), tx, y[0], lh);
        nl.run();
        line(g, Style.TIE_FIRM_UNIVERSITY, Style.dashed(1.5), sym, y[0], lh, d);
        label(g, text, RegionView.TieKind.FIRM_UNIVERSITY.label(), tx, y[0], lh);
        nl.run();
        line(g, Style.TIE_MUNICIPAL, Style.stroke(4), sym, y[0], lh, d);
        label(g, text, RegionView.TieKind.MUNICIPAL.label() + " (municipalities)", tx, y[0], lh);
        nl.run();
        heading(g, head, "Institutions (grey spokes: members)", x + 6, y, lh);
        for (Institution.Kind k : Institution.Kind.values()) {
            g.setPaint(MapPortrayals.InstitutionPortrayal.colour(k));
            Shape hex = MapPortrayals.InstitutionPortrayal.hexagon(sym, y[0] + lh / 2, d * 1.3);
            g.fill(hex);
            g.setPaint(Color.BLACK);
            g.setStroke(Style.stroke(1));
            g.draw(hex);
            label(g, text, k.name().toLowerCase(Locale.ROOT).replace('_', ' '), tx, y[0], lh);
            nl.run();
        }
    }

    private static Shape triangle(double x, double y, double h) {
        java.awt.geom.Path2D.Double t = new java.awt.geom.Path2D.Double();
        t.moveTo(x, y - h * 0.6);
        t.lineTo(x + h * 0.58, y + h * 0.4);
        t.lineTo(x - h * 0.58, y + h * 0.4);
        t.closePath();
        return t;
    }

    private static void swatch(Graphics2D g, Color c, double x, double y, double lh, double d) {
        g.setPaint(c);
        g.fill(new Rectangle2D.Double(x, y + lh / 2 - d / 2, d, d));
    }

    private static void line(Graphics2D g, Color c, java.awt.Stroke s, double x, double y, double lh, double d) {
        g.setPaint(c);
        g.setStroke(s);
        g.draw(new Line2D.Double(x - d, y + lh / 2, x + d, y + lh / 2));
    }

    private static void heading(Graphics2D g, Font f, String text, double x, double[] y, double lh) {
        y[0] += lh * 0.3;
        g.setFont(f);
        g.setPaint(Style.LABEL);
        g.drawString(text, (float) x, (float) (y[0] + g.getFontMetrics().getAscent()));
        y[0] += lh;
    }

    private static void label(Graphics2D g, Font f, String text, double x, double y, double lh) {
        g.setFont(f);
        g.setPaint(Style.LABEL);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) x, (float) (y + (lh + fm.getAscent() - fm.getDescent()) / 2));
    }
}
