package org.regiosim.experiment;

import java.nio.file.Path;
import java.util.List;

import org.regiosim.model.Metric;
import org.regiosim.scenario.Scenario;

/**
 * A validated experiment file: the base scenario (with the file's fixed settings applied), the
 * design over the factors, replications per point, the outputs to record, and the experiment's
 * seed (Latin hypercube positions and bootstrap resampling).
 */
public record ExperimentSpec(String name, String description, Path file, Scenario base, Design design, int replications,
                             long seed, int bootstrap, List<Output> outputs) {

    /** A recorded outcome: a metric under a measure, e.g. innovations total. */
    public record Output(Metric metric, Measure measure) {
        public String column() {
            return measure.column(metric);
        }
    }

    public int runCount() {
        return design.size() * replications;
    }
}
