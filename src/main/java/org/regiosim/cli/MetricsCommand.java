package org.regiosim.cli;

import java.util.concurrent.Callable;

import org.regiosim.model.Metric;

import picocli.CommandLine.Command;

/** Prints every output column with its unit and definition. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "List the columns of timeseries.csv with unit and definition.")
final class MetricsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.out.println("step  [quarter, 0-based]  the quarter the row describes");
        for (Metric m : Metric.values()) {
            System.out.println(m.column() + "  [" + m.unit() + "]  " + m.definition());
        }
        return 0;
    }
}
