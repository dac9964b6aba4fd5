package org.regiosim.output;

import java.util.List;

import org.regiosim.model.Metric;

/** A standard chart: file name, title, y-axis label with unit, and the metrics it plots. */
public record ChartSpec(String fileName, String title, String yLabel, List<Metric> metrics) {

    public static final String X_LABEL = "Quarter (step; 4 steps = 1 year)";

    /** The three charts every run and comparison draws. */
    public static final List<ChartSpec> STANDARD = List.of(
            new ChartSpec("transaction_costs", "Transaction costs by part", "EUR per quarter",
                    List.of(Metric.TRANSACTION_COSTS, Metric.SEARCH_COSTS, Metric.NEGOTIATION_COSTS,
                            Metric.MONITORING_COSTS)),
            new ChartSpec("innovations", "Innovation output by kind", "Innovations per quarter",
                    List.of(Metric.INNOVATIONS, Metric.INCREMENTAL_INNOVATIONS, Metric.RADICAL_INNOVATIONS,
                            Metric.META_INNOVATIONS)),
            new ChartSpec("cooperation", "Cooperation and trust", "Share of decisions / trust (0..1)",
                    List.of(Metric.COOPERATION_RATE, Metric.COOPERATION_RATE_FIRMS,
                            Metric.COOPERATION_RATE_UNIVERSITIES, Metric.COOPERATION_RATE_MUNICIPALITIES,
                            Metric.MEAN_TRUST)));
}
