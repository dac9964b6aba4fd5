package org.regiosim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;
import org.regiosim.output.ChartSpec;
import org.regiosim.output.Palette;

/**
 * The workshop's live charts (JFreeChart): transaction costs by part, innovations by kind,
 * cooperation rate by agent type, mean trust. One run or two runs side by side: in a comparison
 * each metric keeps its colour, the first run is drawn solid and the second dashed, so the
 * difference between the policies is the gap between a solid and a dashed line of one colour.
 * Policy switches during a run are marked with a vertical line. Not thread-safe: the GUI appends
 * on the Swing thread.
 */
public final class LiveCharts {

    /**
     * One chart: a key (file name), title, a short title (a narrow chart on screen, {@link #fit}),
     * what a value is (with unit), the y-axis label (the unit
     * alone: short enough for a low chart in large fonts), divisor for the values, metrics.
     */
    public record Spec(String key, String title, String shortTitle, String yLabel, String axisLabel, double divisor,
                       List<Metric> metrics, List<String> names, boolean additive) {

        /** The y-axis label (with unit) in a view. */
        public String yLabel(View view) {
            return switch (view) {
                case PER_QUARTER -> yLabel;
                case MEAN_4 -> yLabel + ", mean of last 4";
                case SINCE_START -> additive ? yLabel.replace(" per quarter", "") + ", total since start"
                        : yLabel + ", mean since start";
            };
        }

        /**
         * The line under the title for a narrow chart on screen: the view alone ("total since
         * start"), the unit being the y-axis label's (and "per quarter" the Curves box's).
         */
        public String shortViewLine(View view) {
            return switch (view) {
                case PER_QUARTER -> "per quarter";
                case MEAN_4 -> "mean of last 4 quarters";
                case SINCE_START -> additive ? "total since start" : "mean since start";
            };
        }
    }

    /**
     * How the curves are drawn: the values of each quarter; their mean over the last four
     * quarters (calmer on a projector); or since the start (totals of costs and innovations,
     * means of rates and trust: small but steady differences between two runs add up).
     */
    public enum View {
        PER_QUARTER("per quarter"), MEAN_4("mean of the last 4 quarters"), SINCE_START("since the start");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String toString() { return label; }
    }

    public static final List<Spec> WORKSHOP = List.of(
            new Spec("transaction_costs", "Transaction costs by part", "Transaction costs", "Thousand EUR per quarter",
                    "Thousand EUR", 1000.0,
                    List.of(Metric.TRANSACTION_COSTS, Metric.SEARCH_COSTS, Metric.NEGOTIATION_COSTS,
                            Metric.MONITORING_COSTS),
                    List.of("total", "search", "negotiation", "monitoring"), true),
            new Spec("innovations", "Innovations by kind", "Innovations", "Innovations per quarter", "Innovations", 1.0,
                    List.of(Metric.INNOVATIONS, Metric.INCREMENTAL_INNOVATIONS, Metric.RADICAL_INNOVATIONS,
                            Metric.META_INNOVATIONS),
                    List.of("all", "incremental", "radical", "meta"), true),
            new Spec("cooperation_rate", "Cooperation rate by agent type", "Cooperation rate",
                    "Share of decisions to cooperate (0..1)", "Share (0..1)", 1.0,
                    List.of(Metric.COOPERATION_RATE, Metric.COOPERATION_RATE_FIRMS,
                            Metric.COOPERATION_RATE_UNIVERSITIES, Metric.COOPERATION_RATE_MUNICIPALITIES),
                    List.of("all", "firms", "universities", "municipalities"), false),
            new Spec("mean_trust", "Mean trust between partners", "Mean trust", "Trust (0..1)", "Trust (0..1)", 1.0,
                    List.of(Metric.MEAN_TRUST), List.of("mean trust"), false));

    private List<String> runs;
    private final Map<String, JFreeChart> charts = new LinkedHashMap<>();
    private final Map<String, XYSeriesCollection> data = new LinkedHashMap<>();
    /** Per chart: the line under the title saying what a curve shows in the current view. */
    private final Map<String, TextTitle> viewLines = new LinkedHashMap<>();
    /** Per chart: the line naming the scenario, seed and runs. */
    private final Map<String, TextTitle> runLines = new LinkedHashMap<>();
    private final List<ValueMarker> markers = new ArrayList<>();
    /** The label of each policy-switch marker and the run it belongs to (drawn by {@link SwitchRenderer}). */
    private final Map<ValueMarker, String> markerLabels = new java.util.IdentityHashMap<>();
    private final Map<ValueMarker, Integer> markerRuns = new java.util.IdentityHashMap<>();
    /** The values of each series as the model gave them (NaN: not available), x = step. */
    private final Map<XYSeries, List<double[]>> raw = new java.util.IdentityHashMap<>();
    private String subtitle;
    /** Per run, the agency's spending so far (EUR): not charted, but part of what a policy costs. */
    private double[] agencySpending;
    /** Per run, the municipalities' part of the transaction costs since the start, EUR (not charted). */
    private double[] municipalCosts;
    /** Per run, the start-ups since the start (not charted; what the municipalities' marketing competes for). */
    private double[] startups;
    private View view = View.PER_QUARTER;

    /**
     * @param runLabels one label (a single run) or two (a comparison), e.g. the policies
     */
    public LiveCharts(String subtitle, List<String> runLabels) {
        this.runs = List.copyOf(runLabels);
        this.subtitle = subtitle;
        this.agencySpending = new double[runLabels.size()];
        this.municipalCosts = new double[runLabels.size()];
        this.startups = new double[runLabels.size()];
        for (Spec spec : WORKSHOP) {
            XYSeriesCollection c = new XYSeriesCollection();
            for (int r = 0; r < runs.size(); r++) {
                for (int i = 0; i < spec.metrics().size(); i++) {
                    XYSeries series = new XYSeries(seriesName(spec, i, r), false, true);
                    raw.put(series, new ArrayList<>());
                    c.addSeries(series);
                }
            }
            data.put(spec.key(), c);
            charts.put(spec.key(), build(spec, c));
        }
        applyFontScale();
    }

    private String seriesName(Spec spec, int i, int run) {
        return spec.names().get(i) + (runs.size() > 1 ? " (" + runLetter(run) + ")" : "");
    }

    private JFreeChart build(Spec spec, XYSeriesCollection c) {
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), ChartSpec.X_LABEL, spec.axisLabel(), c,
                PlotOrientation.VERTICAL, true, false, false);
        // What a curve shows, in full, runs across the chart (where it has room and wraps);
        // the y-axis names the unit only.
        TextTitle what = new TextTitle(spec.yLabel(view));
        chart.addSubtitle(what);
        viewLines.put(spec.key(), what);
        TextTitle runLine = new TextTitle(subtitle);
        // On screen the charts leave it out: the first line above them says the same, and they
        // need the height (in large fonts on a 1366x768 projector this line, with the slider
        // changes it lists, took two to seven lines of each chart). Saved charts carry it: they
        // are read on their own.
        runLine.setVisible(false);
        chart.addSubtitle(runLine);
        runLines.put(spec.key(), runLine);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(215, 215, 215));
        plot.setRangeGridlinePaint(new Color(215, 215, 215));
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (spec.yLabel().contains("0..1")) {
            plot.getRangeAxis().setRange(0.0, 1.0);
        } else {
            // While every value is 0 (the first year has no innovations) the axis would span
            // -5E-9 to 5E-9; at least one unit keeps it readable ...
            ((NumberAxis) plot.getRangeAxis()).setAutoRangeMinimumSize(1.0);
            // ... from 0 up: these charts are never negative
            ((NumberAxis) plot.getRangeAxis()).setRangeType(org.jfree.data.RangeType.POSITIVE);
        }
        XYLineAndShapeRenderer r = new SwitchRenderer();
        // One path per series, not a line per quarter: each line restarts the dash pattern, and
        // with quarters narrower than a dash run B's dashed curves would look solid.
        r.setDrawSeriesLineAsPath(true);
        int n = spec.metrics().size();
        for (int run = 0; run < runs.size(); run++) {
            for (int i = 0; i < n; i++) {
                int s = run * n + i;
                float w = (i == 0 && n > 1) ? 3.0f : 2.0f;
                r.setSeriesPaint(s, seriesColour(spec, i));
                r.setSeriesStroke(s, run == 0 ? new BasicStroke(w)
                        : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                                new float[] {7f, 5f}, 0f));
            }
        }
        plot.setRenderer(r);
        legendItems(spec, plot, false);
        return chart;
    }

    /**
     * In a comparison the legend names each metric once in its colour, then (in saved charts,
     * {@code withRuns}) the runs: A solid, B dashed (grey). Half the rows of a legend item per
     * series, so the low charts under the two maps keep room for their curves. On screen the runs
     * are left out: the line above the charts says which run is solid and which dashed, and the
     * two entries took one or two of a low chart's rows.
     */
    private void legendItems(Spec spec, XYPlot plot, boolean withRuns) {
        if (runs.size() < 2) {
            return;
        }
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape line = new java.awt.geom.Line2D.Double(-9, 0, 9, 0);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < spec.metrics().size(); i++) {
            items.add(new org.jfree.chart.LegendItem(spec.names().get(i), null, null, null, line,
                    r.getSeriesStroke(i), seriesColour(spec, i)));
        }
        for (int run = 0; withRuns && run < runs.size(); run++) {
            items.add(new org.jfree.chart.LegendItem(runs.get(run), null, null, null, line,
                    r.getSeriesStroke(run * spec.metrics().size() + spec.metrics().size() - 1), Color.DARK_GRAY));
        }
        plot.setFixedLegendItems(items);
    }

    /** The colour of the i-th metric of a chart (the same in both runs of a comparison). */
    public static Color seriesColour(Spec spec, int i) {
        return spec.metrics().size() == 1 ? Palette.series(5) : Palette.series(i);
    }

    public List<String> runs() { return runs; }

    public List<JFreeChart> charts() { return new ArrayList<>(charts.values()); }

    public JFreeChart chart(String key) { return charts.get(key); }

    /** The line under a chart's title saying what its curves show in the current view, in full (as saved). */
    public String viewLine(String key) { return spec(key).yLabel(view); }

    /** That line as the chart shows it on screen: short in a narrow chart ({@link #fit}). */
    public String shownViewLine(String key) { return viewLines.get(key).getText(); }

    public static Spec spec(String key) {
        return WORKSHOP.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** The series of one metric of one run in one chart. */
    public XYSeries series(String key, int run, Metric m) {
        Spec spec = spec(key);
        return data.get(key).getSeries(run * spec.metrics().size() + spec.metrics().indexOf(m));
    }

    /** Adds one quarter of one run to every chart; NaN ("not available") becomes a gap. */
    public void append(int run, StepMetrics m) {
        agencySpending[run] += m.get(Metric.AGENCY_SPENDING);
        startups[run] += m.get(Metric.STARTUPS);
        municipalCosts[run] += m.get(Metric.MUNICIPAL_TRANSACTION_COSTS);
        for (Spec spec : WORKSHOP) {
            XYSeriesCollection c = data.get(spec.key());
            for (int i = 0; i < spec.metrics().size(); i++) {
                double v = m.get(spec.metrics().get(i)) / spec.divisor();
                XYSeries series = c.getSeries(run * spec.metrics().size() + i);
                List<double[]> values = raw.get(series);
                values.add(new double[] {m.step(), v});
                double shown = shown(spec, values, values.size() - 1);
                series.add(m.step(), Double.isNaN(shown) ? null : shown);
            }
        }
    }

    /** Marks a policy switch of one run at a step (the quarter from which the new policy acts). */
    public void markPolicySwitch(int run, int step, String policy) {
        // "q26: B -> brokerage": the run by its letter (the legend says how each run started)
        String text = "q" + step + ": " + (runs.size() > 1 ? runLetter(run) + " -> " : "") + policy;
        for (JFreeChart chart : charts.values()) {
            ValueMarker marker = new ValueMarker(step, run == 0 ? new Color(90, 90, 90) : new Color(170, 60, 60),
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            // The label is drawn by the renderer, placed to stay readable (see placeLabels).
            markerLabels.put(marker, text);
            markerRuns.put(marker, run);
            chart.getXYPlot().addDomainMarker(marker);
            markers.add(marker);
        }
    }

    /** The label of a policy switch's marker (null: not a switch). */
    public String markerLabel(ValueMarker m) {
        return markerLabels.get(m);
    }

    /**
     * Where a marker's label goes: left or right of its line, in which row (0: at the plot's
     * edge), and the pixel where its text starts.
     */
    public record LabelPlace(boolean left, int row, double x) {
    }

    /**
     * Places the labels of markers at pixel positions {@code x} (in any order) with text widths
     * {@code width} inside a plot from {@code plotLeft} to {@code plotRight}: each label right of
     * its line, or left of it where it would run out of the plot (a fresh switch at the right
     * edge), or, fitting neither side, against the plot's right edge across its line; labels
     * that would overlap go into the next row, away from the plot's edge.
     */
    public static List<LabelPlace> placeLabels(double[] x, double[] width, double plotLeft, double plotRight) {
        final double gap = 4;
        final double pad = 6;
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        LabelPlace[] places = new LabelPlace[x.length];
        List<List<double[]>> rows = new ArrayList<>();
        for (int i : order) {
            boolean right = x[i] + gap + width[i] <= plotRight + 0.5;
            boolean left = !right;
            double from = right ? x[i] + gap
                    : x[i] - gap - width[i] >= plotLeft - 0.5 ? x[i] - gap - width[i]
                    : Math.max(plotLeft + 1, plotRight - 1 - width[i]);
            double to = from + width[i];
            int row = 0;
            while (row < rows.size() && overlaps(rows.get(row), from - pad, to + pad)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {from, to});
            places[i] = new LabelPlace(left, row, from);
        }
        return List.of(places);
    }

    private static boolean overlaps(List<double[]> spans, double from, double to) {
        for (double[] s : spans) {
            if (from < s[1] && s[0] < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Draws the curves (one path per series) and the policy-switch markers with their labels
     * placed by {@link #placeLabels}: run A's from the top of the plot down, run B's from the
     * bottom up, each on a light box so that curves under it do not garble it.
     */
    private final class SwitchRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        SwitchRenderer() {
            super(true, false);
        }

        @Override
        public void drawDomainMarker(java.awt.Graphics2D g2, XYPlot plot, org.jfree.chart.axis.ValueAxis axis,
                                     org.jfree.chart.plot.Marker marker, java.awt.geom.Rectangle2D area) {
            super.drawDomainMarker(g2, plot, axis, marker, area);
            String text = marker instanceof ValueMarker vm ? markerLabels.get(vm) : null;
            if (text == null) {
                return;
            }
            int run = markerRuns.get(marker);
            List<ValueMarker> group = new ArrayList<>();
            java.util.Collection<?> all = plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
            for (Object o : all == null ? List.of() : all) {
                if (o instanceof ValueMarker m && markerLabels.containsKey(m) && markerRuns.get(m) == run) {
                    group.add(m);
                }
            }
            Font font = Style.font(Font.BOLD, 11);
            java.awt.FontMetrics fm = g2.getFontMetrics(font);
            double[] x = new double[group.size()];
            double[] w = new double[group.size()];
            // A label wider than the plot is shortened to fit: drawn as it was, it ran out of the
            // plot, which cuts it off at its edge (a narrow chart, a long mix's name).
            double room = area.getWidth() - 2;
            String[] shown = new String[group.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = axis.valueToJava2D(group.get(i).getValue(), area, plot.getDomainAxisEdge());
                shown[i] = fitLabel(markerLabels.get(group.get(i)), fm::stringWidth, room);
                w[i] = fm.stringWidth(shown[i]);
            }
            LabelPlace place = placeLabels(x, w, area.getMinX(), area.getMaxX()).get(group.indexOf(marker));
            int me = group.indexOf(marker);
            double lh = fm.getHeight();
            double tx = place.x();
            double ty = run == 0 ? area.getMinY() + 3 + place.row() * lh : area.getMaxY() - 3 - (place.row() + 1) * lh;
            // more rows than the plot is high: the last rows stay inside it
            ty = Math.max(area.getMinY(), Math.min(area.getMaxY() - lh, ty));
            g2.setPaint(new Color(255, 255, 255, 200));
            g2.fill(new java.awt.geom.Rectangle2D.Double(tx - 1, ty, w[me] + 2, lh));
            g2.setFont(font);
            g2.setPaint(marker.getPaint());
            g2.drawString(shown[me], (float) tx, (float) (ty + fm.getAscent()));
        }
    }

    /**
     * A switch's label shortened to {@code maxWidth} (by {@code width}, in pixels): the text itself
     * if it fits, else as much of it as fits followed by "...", at least its quarter ("q42:").
     */
    static String fitLabel(String text, java.util.function.ToIntFunction<String> width, double maxWidth) {
        if (width.applyAsInt(text) <= maxWidth) {
            return text;
        }
        int colon = text.indexOf(':');
        int keep = colon < 0 ? 0 : colon + 1;
        for (int end = text.length() - 1; end > keep; end--) {
            String s = text.substring(0, end).stripTrailing() + "...";
            if (width.applyAsInt(s) <= maxWidth) {
                return s;
            }
        }
        return text.substring(0, keep);
    }

    /**
     * Sets the line naming what runs (the summary's first line, saved charts' run line) without
     * emptying the series: a policy switch changed it.
     */
    public void setSubtitle(String newSubtitle) {
        subtitle = newSubtitle;
        for (TextTitle t : runLines.values()) {
            t.setText(subtitle);
        }
    }

    /** Empties every series and removes the markers (a new run starts). */
    public void clear(String newSubtitle, List<String> runLabels) {
        subtitle = newSubtitle;
        if (runLabels.size() != runs.size()) {
            throw new IllegalArgumentException("expected " + runs.size() + " run labels");
        }
        runs = List.copyOf(runLabels);
        agencySpending = new double[runs.size()];
        municipalCosts = new double[runs.size()];
        startups = new double[runs.size()];
        for (Spec spec : WORKSHOP) {
            XYSeriesCollection c = data.get(spec.key());
            for (int r = 0; r < runs.size(); r++) {
                for (int i = 0; i < spec.metrics().size(); i++) {
                    XYSeries s = c.getSeries(r * spec.metrics().size() + i);
                    s.clear();
                    raw.get(s).clear();
                    s.setKey(seriesName(spec, i, r));
                }
            }
        }
        for (Spec spec : WORKSHOP) {
            charts.get(spec.key()).getXYPlot().clearDomainMarkers();
            legendItems(spec, charts.get(spec.key()).getXYPlot(), false);
        }
        for (TextTitle t : runLines.values()) {
            t.setText(subtitle);
        }
        markers.clear();
        markerLabels.clear();
        markerRuns.clear();
    }

    public View view() { return view; }

    /** Redraws every curve in another view; the y-axis labels say which. */
    public void setView(View v) {
        view = v;
        for (Spec spec : WORKSHOP) {
            XYSeriesCollection c = data.get(spec.key());
            for (int k = 0; k < c.getSeriesCount(); k++) {
                XYSeries series = c.getSeries(k);
                List<double[]> values = raw.get(series);
                series.setNotify(false);
                series.clear();
                for (int i = 0; i < values.size(); i++) {
                    double shown = shown(spec, values, i);
                    series.add(values.get(i)[0], Double.isNaN(shown) ? null : shown);
                }
                series.setNotify(true);
            }
            decorateForScreen(spec);
            if (spec.yLabel().contains("0..1")) {
                charts.get(spec.key()).getXYPlot().getRangeAxis().setRange(0.0, 1.0);
            } else {
                charts.get(spec.key()).getXYPlot().getRangeAxis().setAutoRange(true);
            }
        }
        refit(); // the line under each title changed its length
    }

    /** The value drawn at index i of a series in the current view (NaN: a gap). */
    private double shown(Spec spec, List<double[]> values, int i) {
        if (view == View.PER_QUARTER) {
            return values.get(i)[1];
        }
        int from = view == View.MEAN_4 ? Math.max(0, i - 3) : 0;
        double sum = 0;
        int n = 0;
        for (int k = from; k <= i; k++) {
            double v = values.get(k)[1];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return view == View.SINCE_START && spec.additive() ? 0.0 : Double.NaN;
        }
        return view == View.SINCE_START && spec.additive() ? sum : sum / n;
    }

    /** The values the model gave for one metric of one run (divided by the chart's divisor; NaN: none). */
    public double[] rawValues(String key, int run, Metric m) {
        return raw.get(series(key, run, m)).stream().mapToDouble(x -> x[1]).toArray();
    }

    /** Sets the chart fonts from {@link Style#fontScale()}. */
    public void applyFontScale() {
        for (JFreeChart chart : charts.values()) {
            chart.getTitle().setFont(screenTitleFont());
            for (int i = 0; i < chart.getSubtitleCount(); i++) {
                if (chart.getSubtitle(i) instanceof TextTitle t) {
                    t.setFont(Style.font(Font.PLAIN, 11));
                }
            }

            if (chart.getLegend() != null) {
                chart.getLegend().setItemFont(Style.font(Font.PLAIN, 12));
            }
            XYPlot plot = chart.getXYPlot();
            for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                axis.setLabelFont(Style.font(Font.PLAIN, 12));
                axis.setTickLabelFont(Style.font(Font.PLAIN, 11));
            }
        }
        for (TextTitle t : viewLines.values()) {
            t.setFont(Style.font(Font.BOLD, 12));
        }
        refit(); // larger fonts may need the short texts, smaller ones allow the full
    }

    /**
     * One chart as an image (for PNG export and tests; no display needed). A saved chart is read
     * on its own: it has its full title, the line under it, the x-axis label, the line naming
     * scenario, seed and runs, and in a comparison the runs in its legend, whatever the screen
     * leaves out.
     */
    public BufferedImage image(String key, int width, int height) {
        return withFullTexts(key, () -> charts.get(key).createBufferedImage(width, height));
    }

    /**
     * Does {@code what} with a chart showing everything a saved chart shows (full title, line
     * under it and x-axis label, the run line, the runs in the legend), then sets it back as on
     * screen.
     */
    <T> T withFullTexts(String key, java.util.function.Supplier<T> what) {
        JFreeChart chart = charts.get(key);
        Spec spec = spec(key);
        TextTitle runLine = runLines.get(key);
        boolean shown = runLine.isVisible();
        chart.setNotify(false);
        try {
            runLine.setVisible(true);
            decorate(spec, Decoration.FULL, titleFont(0));
            legendItems(spec, chart.getXYPlot(), true);
            return what.get();
        } finally {
            runLine.setVisible(shown);
            legendItems(spec, chart.getXYPlot(), false);
            decorateForScreen(spec);
            chart.setNotify(true);
        }
    }

    /** The x-axis labels of a chart on screen, the full one first, then shorter ones for narrow charts. */
    static final List<String> X_LABELS = List.of(ChartSpec.X_LABEL, "Quarter (4 = 1 year)", "Quarter");

    /**
     * What a chart shows around its plot on screen, each text in full (0, false) or, where the
     * chart is too narrow for it on one line, shorter: the title without "by part" (1), and in a
     * smaller font (2); the line under it the view alone (the y-axis giving the unit); the x-axis
     * label without "step" (1) or "Quarter" alone (2); the legend in a smaller font where that
     * saves it a row.
     */
    record Decoration(int title, boolean shortViewLine, int xLabel, boolean smallLegend) {
        static final Decoration FULL = new Decoration(0, false, 0, false);
    }

    /** Per chart: the decoration chosen for its size on screen ({@link #fit}). */
    private final Map<String, Decoration> fitted = new LinkedHashMap<>();
    /** Per chart: the size on screen it was last fitted to. */
    private final Map<String, java.awt.Dimension> fittedSize = new LinkedHashMap<>();

    private static Font titleFont(int level) {
        return Style.font(Font.BOLD, level < 2 ? 16 : 13);
    }

    /** The titles' font on screen: the smaller one in every chart once one chart needs it (they sit in a row). */
    private Font screenTitleFont() {
        return titleFont(fitted.values().stream().mapToInt(Decoration::title).max().orElse(0));
    }

    /** Sets a chart's texts as on screen (as fitted to its size; in full before that). */
    private void decorateForScreen(Spec spec) {
        Decoration d = fitted.getOrDefault(spec.key(), Decoration.FULL);
        // the legends too are alike in the row: all in the smaller font once it saves one a row
        boolean smallLegends = fitted.values().stream().anyMatch(Decoration::smallLegend);
        decorate(spec, new Decoration(d.title(), d.shortViewLine(), d.xLabel(), smallLegends), screenTitleFont());
    }

    private void decorate(Spec spec, Decoration d, Font titleFont) {
        JFreeChart chart = charts.get(spec.key());
        chart.setTitle(d.title() == 0 ? spec.title() : spec.shortTitle());
        chart.getTitle().setFont(titleFont);
        viewLines.get(spec.key()).setText(d.shortViewLine() ? spec.shortViewLine(view) : spec.yLabel(view));
        chart.getXYPlot().getDomainAxis().setLabel(X_LABELS.get(d.xLabel()));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(Style.font(Font.PLAIN, d.smallLegend() ? 10 : 12));
        }
    }

    /**
     * Fits a chart's texts to the size it is drawn at on screen ({@code width} x {@code height}
     * pixels), so that a narrow, low chart (a comparison on a 1366 x 768 projector in large fonts)
     * keeps its plot: a title that would wrap is shortened (and set smaller if it still would),
     * so is the line under it when it would wrap and take more than its share of the height, and
     * the x-axis label when it is wider than the plot. Each number keeps its unit: the y-axis
     * label gives it, the Curves box the view. Saved charts ({@link #image}) have the full texts.
     */
    public void fit(String key, int width, int height) {
        Spec spec = spec(key);
        JFreeChart chart = charts.get(key);
        fittedSize.put(key, new java.awt.Dimension(width, height));
        chart.setNotify(false);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = scratch.createGraphics();
        try {
            // a title's room: the chart's width less the title's padding (1 pixel a side) and a spare pixel
            double room = width - 4;
            int title = lines(g2, spec.title(), titleFont(0), room) == 1 ? 0
                    : lines(g2, spec.shortTitle(), titleFont(1), room) == 1 ? 1 : 2;
            int viewLines = lines(g2, spec.yLabel(view), Style.font(Font.BOLD, 12), room);
            boolean shortView = viewLines > 1;
            decorate(spec, new Decoration(title, false, 0, false), titleFont(title));
            java.awt.geom.Rectangle2D plotArea = dataArea(chart, g2, width, height);
            if (shortView && viewLines == 2 && plotArea.getHeight() >= 0.55 * height) {
                shortView = false; // a tall chart: two lines are affordable
            }
            // the axis label is centred under the plot and must stay inside the chart
            double xRoom = 2 * Math.min(plotArea.getCenterX(), width - plotArea.getCenterX()) - 8;
            java.awt.FontMetrics fm = g2.getFontMetrics(Style.font(Font.PLAIN, 12));
            int xLabel = 0;
            while (xLabel < X_LABELS.size() - 1 && fm.stringWidth(X_LABELS.get(xLabel)) > xRoom) {
                xLabel++;
            }
            decorate(spec, new Decoration(title, shortView, xLabel, false), titleFont(title));
            double plotHeight = dataArea(chart, g2, width, height).getHeight();
            decorate(spec, new Decoration(title, shortView, xLabel, true), titleFont(title));
            // a row of the legend saved (its lines are about 1.2 times the font high)
            boolean smallLegend = dataArea(chart, g2, width, height).getHeight() - plotHeight
                    >= Style.font(Font.PLAIN, 10).getSize();
            fitted.put(key, new Decoration(title, shortView, xLabel, smallLegend));
            decorateForScreen(spec);
        } finally {
            g2.dispose();
            chart.setNotify(true);
        }
        // the others' title and legend fonts follow this one's
        for (Spec other : WORKSHOP) {
            if (!other.key().equals(key) && fitted.containsKey(other.key())) {
                decorateForScreen(other);
            }
        }
    }

    /** Fits each chart again to the size it was last fitted to (the view or the fonts changed). */
    private void refit() {
        for (Map.Entry<String, java.awt.Dimension> e : new ArrayList<>(fittedSize.entrySet())) {
            fit(e.getKey(), e.getValue().width, e.getValue().height);
        }
    }

    /** How many lines {@code text} wraps to in {@code width} pixels, as a chart's title wraps. */
    private static int lines(java.awt.Graphics2D g2, String text, Font font, double width) {
        g2.setFont(font); // the measurer measures in the graphics' font
        return org.jfree.text.TextUtilities.createTextBlock(text, font, Color.BLACK, (float) width,
                new org.jfree.text.G2TextMeasurer(g2)).getLines().size();
    }

    /** The plot's data area when {@code chart} is drawn at {@code width} x {@code height}. */
    private static java.awt.geom.Rectangle2D dataArea(JFreeChart chart, java.awt.Graphics2D g2, int width, int height) {
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.Shape clip = g2.getClip();
        g2.setClip(0, 0, 1, 1);
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), info);
        g2.setClip(clip);
        return info.getPlotInfo().getDataArea();
    }

    /** The decoration a chart shows on screen (tests). */
    Decoration decoration(String key) {
        return fitted.getOrDefault(key, Decoration.FULL);
    }

    /** The plot's data area when a chart is drawn on screen at that size, fitted to it (tests). */
    java.awt.geom.Rectangle2D screenDataArea(String key, int width, int height) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = scratch.createGraphics();
        try {
            return dataArea(charts.get(key), g2, width, height);
        } finally {
            g2.dispose();
        }
    }

    /** Whether a chart shows the line naming scenario, seed and runs on screen (tests). */
    boolean runLineShown(String key) {
        return runLines.get(key).isVisible();
    }

    /**
     * A short text summary: what was run (scenario, seed, scale, policies, changed settings), then
     * per run the totals since the start and the last year's cooperation and trust, then (two runs)
     * B against A. The agency's spending is given beside the transaction costs, not added to them
     * (part of it, brokerage and co-funded negotiation, is already in them): a policy that lowers
     * transaction costs may cost the agency more than it saves.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subtitle);
        List<RunNumbers> numbers = runNumbers();
        for (RunNumbers n : numbers) {
            // Locale.UK: thousands separated as the room writes them (4,010 innovations)
            lines.add(String.format(Locale.UK,
                    "%s%d quarters: %,.0f innovations, %,.0f start-ups; %.2f million EUR transaction costs (%.2f million "
                            + "of them the municipalities') and %.2f million EUR agency spending in total; last 4 quarters: "
                            + "cooperation rate %s (share of decisions to cooperate), mean trust %s (0 to 1)",
                    runs.size() > 1 ? runs.get(n.run()) + ", " : "", n.quarters(), n.innovations(), n.startups(),
                    n.costsEur() / 1e6, n.municipalEur() / 1e6, n.agencyEur() / 1e6, n.cooperationRate(), n.meanTrust()));
        }
        if (bAgainstAShown(numbers)) {
            lines.add(bAgainstA(numbers) + "; the agency spent " + String.format(Locale.ROOT,
                    "%.2f against %.2f million EUR", numbers.get(1).agencyEur() / 1e6, numbers.get(0).agencyEur() / 1e6));
        }
        return lines;
    }

    /**
     * The summary as the line above the charts shows it: the same numbers in fewer words, so that
     * each run's line fits one line of a 1366-pixel-wide screen in large fonts (the saved
     * summary, {@link #summary()}, says them in full). The units stay beside the numbers, and
     * each run's line gives what the agency spent (before run B's first quarter as well).
     */
    public List<String> screenSummary() {
        List<String> lines = new ArrayList<>();
        lines.add(subtitle);
        List<RunNumbers> numbers = runNumbers();
        for (RunNumbers n : numbers) {
            // in a comparison the runs go in lockstep: the quarters are those of the maps' boxes
            lines.add(String.format(Locale.UK,
                    "%s: %,.0f innovations, %,.0f start-ups; million EUR: transaction costs %.2f (municipal "
                            + "%.2f), agency %.2f; last year (0..1): cooperation rate %s, mean trust %s",
                    runs.size() > 1 ? runLetter(n.run()) : n.quarters() + " quarters", n.innovations(), n.startups(),
                    n.costsEur() / 1e6, n.municipalEur() / 1e6, n.agencyEur() / 1e6, n.cooperationRate(), n.meanTrust()));
        }
        if (bAgainstAShown(numbers)) {
            lines.add(bAgainstA(numbers));
        }
        return lines;
    }

    /** What a run's summary line gives, computed once for both the screen's and the saved summary. */
    private record RunNumbers(int run, int quarters, double innovations, double startups, double costsEur,
                              double municipalEur, double agencyEur, String cooperationRate, String meanTrust) {
    }

    private List<RunNumbers> runNumbers() {
        List<RunNumbers> l = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            double[] innov = rawValues("innovations", r, Metric.INNOVATIONS);
            l.add(new RunNumbers(r, innov.length, sum(innov), startups[r], transactionCostsEur(r), municipalCosts[r],
                    agencySpending[r], recentMean(rawValues("cooperation_rate", r, Metric.COOPERATION_RATE)),
                    recentMean(rawValues("mean_trust", r, Metric.MEAN_TRUST))));
        }
        return l;
    }

    /** Whether a comparison's "B against A" line has numbers: once run B has done a quarter. */
    private boolean bAgainstAShown(List<RunNumbers> numbers) {
        return numbers.size() == 2 && numbers.get(1).quarters() > 0;
    }

    private static String bAgainstA(List<RunNumbers> numbers) {
        RunNumbers a = numbers.get(0);
        RunNumbers b = numbers.get(1);
        return "B against A: " + change(b.innovations(), a.innovations()) + " innovations, "
                + change(b.costsEur(), a.costsEur()) + " transaction costs (totals since the start)";
    }

    /** A run's letter in a comparison ("A" of "A: no moderation"). */
    private String runLetter(int run) {
        return runs.get(run).split(":")[0];
    }

    /** A run's transaction costs since the start, EUR (the chart holds them divided by its divisor). */
    private double transactionCostsEur(int run) {
        return sum(rawValues("transaction_costs", run, Metric.TRANSACTION_COSTS)) * spec("transaction_costs").divisor();
    }

    /** Relative change of b against a, e.g. "-7.2%"; "n/a" when a is 0. */
    static String change(double b, double a) {
        if (a == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100.0 * (b - a) / a);
    }

    static double sum(double[] values) {
        double t = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                t += v;
            }
        }
        return t;
    }

    static String recentMean(double[] values) {
        double t = 0;
        int n = 0;
        for (int i = Math.max(0, values.length - 4); i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                t += values[i];
                n++;
            }
        }
        return n == 0 ? "NA" : String.format(Locale.ROOT, "%.2f", t / n);
    }
}
