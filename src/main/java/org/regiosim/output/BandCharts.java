package org.regiosim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.regiosim.experiment.Arm;
import org.regiosim.experiment.PolicyComparison;
import org.regiosim.model.Metric;

/**
 * Charts of a comparison: per arm the mean over the replications in each quarter, with a shaded
 * 95% confidence band of that mean.
 */
public final class BandCharts {

    /** A band chart: file name, metric, title and y-axis label with unit. */
    public record Spec(String fileName, Metric metric, String title, String yLabel) {
    }

    public static final List<Spec> STANDARD = List.of(
            new Spec("transaction_costs", Metric.TRANSACTION_COSTS, "Transaction costs", "EUR per quarter"),
            new Spec("innovations", Metric.INNOVATIONS, "Innovation output", "Innovations per quarter"),
            new Spec("cooperation_rate", Metric.COOPERATION_RATE, "Cooperation",
                    "Share of decisions to cooperate (0..1)"));

    private BandCharts() {
    }

    /** Writes the standard charts as PNG into {@code dir}; returns the files in order. */
    public static List<Path> writeAll(Path dir, PolicyComparison c) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Spec s : STANDARD) {
            Path f = dir.resolve(s.fileName() + ".png");
            byte[] png = png(build(s, c));
            AtomicFiles.write(f, out -> out.write(png));
            files.add(f);
        }
        return files;
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartUtilities.writeChartAsPNG(bytes, chart, RunCharts.WIDTH, RunCharts.HEIGHT);
        return bytes.toByteArray();
    }

    public static JFreeChart build(Spec spec, PolicyComparison c) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Arm a : c.arms()) {
            PolicyComparison.Band b = c.band(a, spec.metric());
            YIntervalSeries s = new YIntervalSeries(a.label(), false, true);
            for (int step = 0; step < b.mean().length; step++) {
                double m = b.mean()[step];
                if (Double.isNaN(m)) {
                    continue;
                }
                double lo = Double.isNaN(b.low()[step]) ? m : b.low()[step];
                double hi = Double.isNaN(b.high()[step]) ? m : b.high()[step];
                s.add(step, m, lo, hi);
            }
            data.addSeries(s);
        }
        String title = spec.title() + ": mean of " + c.replications() + " replications with 95% CI";
        JFreeChart chart = ChartFactory.createXYLineChart(title, ChartSpec.X_LABEL, spec.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        java.util.Set<Double> scales = new java.util.TreeSet<>();
        for (Arm a : c.arms()) {
            scales.add(a.scenario().parameters().real(org.regiosim.model.params.ParameterSchema.SCALE));
        }
        if (scales.size() == 1) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(RunCharts.scaleNote(scales.iterator().next())));
        } else {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle("the arms run at different scales: see the report"));
        }
        XYPlot plot = ChartStyle.apply(chart);
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.18f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color col = Palette.series(i);
            r.setSeriesPaint(i, col);
            r.setSeriesFillPaint(i, col);
            r.setSeriesStroke(i, new BasicStroke(i == 0 ? 2.5f : 1.6f));
        }
        plot.setRenderer(r);
        return chart;
    }

    /** The bytes of a written chart, for embedding. */
    public static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
