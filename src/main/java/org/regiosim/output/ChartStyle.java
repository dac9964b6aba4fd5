package org.regiosim.output;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** The look all written charts share: white, light grid, plain numbers on the value axis. */
final class ChartStyle {

    private ChartStyle() {
    }

    static XYPlot apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            // Plain digits with separators (120,000,000), never 1.2E8: readable in a printed report.
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        return plot;
    }
}
