package org.regiosim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.regiosim.experiment.SobolAnalysis;

/**
 * A dot-and-whisker chart of Sobol indices for one output: per parameter the first-order index
 * (left) and the total index (right), each with its bootstrap 95% interval.
 */
public final class SensitivityChart {

    private SensitivityChart() {
    }

    /**
     * @param context what the indices come from, shown under the title (e.g. "ruhr-sobol: 254 of 256
     *                base rows, 1 replication, scale 0.02, 40 quarters"), since a chart may be shown alone
     */
    public static void write(Path file, String output, String outputUnit, List<String> parameters,
                             List<SobolAnalysis.Result> results, String context) throws IOException {
        JFreeChart chart = build(output, outputUnit, parameters, results);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(context));
        byte[] png = BandCharts.png(chart);
        AtomicFiles.write(file, out -> out.write(png));
    }

    public static JFreeChart build(String output, String outputUnit, List<String> parameters,
                                   List<SobolAnalysis.Result> results) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeries first = new XYSeries("first-order index S_i", false, true);
        XYSeries total = new XYSeries("total index ST_i", false, true);
        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        YIntervalSeries firstCi = new YIntervalSeries("S_i 95% CI", false, true);
        YIntervalSeries totalCi = new YIntervalSeries("ST_i 95% CI", false, true);
        for (SobolAnalysis.Result r : results) {
            double x = r.factor();
            add(first, firstCi, x - 0.12, r.firstOrder());
            add(total, totalCi, x + 0.12, r.total());
        }
        points.addSeries(first);
        points.addSeries(total);
        bars.addSeries(firstCi);
        bars.addSeries(totalCi);

        SymbolAxis xAxis = new SymbolAxis("Parameter", parameters.toArray(new String[0]));
        xAxis.setGridBandsVisible(false);
        NumberAxis yAxis = new NumberAxis("Sobol index (share of output variance)");
        yAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        dots.setSeriesPaint(0, Palette.series(5));
        dots.setSeriesPaint(1, Palette.series(4));
        YIntervalRenderer whiskers = new YIntervalRenderer();
        whiskers.setSeriesPaint(0, Palette.series(5));
        whiskers.setSeriesPaint(1, Palette.series(4));
        whiskers.setSeriesStroke(0, new BasicStroke(1.5f));
        whiskers.setSeriesStroke(1, new BasicStroke(1.5f));
        whiskers.setSeriesVisibleInLegend(0, false);
        whiskers.setSeriesVisibleInLegend(1, false);
        XYPlot plot = new XYPlot(points, xAxis, yAxis, dots);
        plot.setDataset(1, bars);
        plot.setRenderer(1, whiskers);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart("Sobol sensitivity of " + output + " [" + outputUnit + "] with 95% bootstrap CI",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void add(XYSeries s, YIntervalSeries ci, double x, SobolAnalysis.Index ix) {
        if (Double.isNaN(ix.estimate())) {
            return;
        }
        s.add(x, ix.estimate());
        if (!Double.isNaN(ix.low())) {
            ci.add(x, ix.estimate(), ix.low(), ix.high());
        }
    }
}
