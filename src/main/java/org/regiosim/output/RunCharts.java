package org.regiosim.output;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;

/** PNG charts of one run's time series (JFreeChart), titled, with units on both axes. */
public final class RunCharts {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;

    private RunCharts() {
    }

    /**
     * Writes one PNG per standard chart into {@code dir}, each subtitled with what ran: the
     * scenario, seed and scale (a chart shown alone must not read as figures for the whole region).
     */
    public static void writeAll(Path dir, String scenarioName, long seed, double scale, List<StepMetrics> history)
            throws IOException {
        for (ChartSpec spec : ChartSpec.STANDARD) {
            JFreeChart chart = build(spec, scenarioName, history);
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle(scenarioName, seed, scale)));
            AtomicFiles.write(dir.resolve(spec.fileName() + ".png"),
                    out -> ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        }
    }

    public static JFreeChart build(ChartSpec spec, String scenarioName, List<StepMetrics> history) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Metric m : spec.metrics()) {
            XYSeries s = new XYSeries(m.column(), false, true);
            for (StepMetrics row : history) {
                double v = row.get(m);
                // A gap, not a zero, where the value is not available.
                s.add(row.step(), Double.isNaN(v) ? null : v);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title() + " - " + scenarioName, ChartSpec.X_LABEL,
                spec.yLabel(), data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        return chart;
    }

    /** What a run's chart shows, under its title: "ruhr-baseline, seed 1, scale 0.05: 5% of the region's firms". */
    public static String subtitle(String scenarioName, long seed, double scale) {
        return scenarioName + ", seed " + seed + ", " + scaleNote(scale);
    }

    /** "scale 0.05: 5% of the region's firms", so that a reader knows what the euros and counts cover. */
    public static String scaleNote(double scale) {
        String pct = Numbers.format(scale * 100);
        return "scale " + Numbers.format(scale) + (scale == 1.0 ? ": the whole region" : ": " + pct + "% of the region's firms");
    }

    static void style(JFreeChart chart) {
        XYPlot plot = ChartStyle.apply(chart);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
            r.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.5f : 1.5f));
            r.setSeriesPaint(i, Palette.series(i));
        }
        plot.setRenderer(r);
    }
}
