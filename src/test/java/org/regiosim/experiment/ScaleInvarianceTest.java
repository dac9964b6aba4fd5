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

    /** Share of universities' decisions that open for transfer in the last 40 quarters, mean of seeds 1-3. */
    private static double lateUniversityCooperation(double scale) throws Exception {
        double sum = 0;
        int n = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<StepMetrics> history = new ArrayList<>();
            SimulationRun.run(ScenarioLoader.load(Path.of("scenarios/ruhr-baseline.yaml"), List.of("scale=" + scale)),
                    seed, history::add);
            for (StepMetrics m : history.subList(history.size() - 40, history.size())) {
                sum += m.get(Metric.COOPERATION_RATE_UNIVERSITIES);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void universitiesOpenForTransferAboutAsOftenAtScaleTwoTenthsAsAtHalfScale() throws Exception {
        // Before transfer income was counted in full-region equivalents: 0.28 against 0.80 (seed 1).
        // Now 0.78 against 0.84 over six seeds (docs/ODD.md, section 6): what remains is the
        // lumpiness of few transfer projects per university at the smaller scale. The bound is
        // not fitted to today's gap: it is about a quarter of the old one, so that the bug it
        // guards against fails, while the seeds' own spread (about 0.05 each way) does not.
        double fifth = lateUniversityCooperation(0.2);
        double half = lateUniversityCooperation(0.5);
        assertThat(fifth).isCloseTo(half, org.assertj.core.data.Offset.offset(0.15));
    }
}
