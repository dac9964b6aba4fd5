package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;
import org.regiosim.scenario.ScenarioLoader;

/**
 * A scenario run at a smaller scale stands for the same region: behaviour per agent must not
 * depend on the scale once there are enough agents. Universities are the sensitive case, since
 * there are always 22 of them while the firms that bring them transfer projects scale.
 */
class ScaleInvarianceTest {

    private static double lateUniversityCooperation(double scale) throws Exception {
        List<StepMetrics> history = new ArrayList<>();
        SimulationRun.run(ScenarioLoader.load(Path.of("scenarios/ruhr-baseline.yaml"), List.of("scale=" + scale)),
                1, history::add);
        double sum = 0;
        List<StepMetrics> late = history.subList(history.size() - 40, history.size());
        for (StepMetrics m : late) {
            sum += m.get(Metric.COOPERATION_RATE_UNIVERSITIES);
        }
        return sum / late.size();
    }

    @Test
    void universitiesOpenForTransferAsOftenAtScaleTwoTenthsAsAtHalfScale() throws Exception {
        // Before transfer income was counted in full-region equivalents: 0.28 against 0.80.
        double fifth = lateUniversityCooperation(0.2);
        double half = lateUniversityCooperation(0.5);
        assertThat(fifth).isCloseTo(half, org.assertj.core.data.Offset.offset(0.1));
    }
}
