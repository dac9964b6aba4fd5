package org.regiosim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.experiment.SimulationRun;
import org.regiosim.scenario.ScenarioLoader;

class ExitTest {

    @Test
    void aFirmOutOfMoneyLeavesAtTheEndOfItsQuarterAndIsNobodysPartnerMeanwhile() throws Exception {
        RegioSim sim = SimulationRun.create(ScenarioLoader.load(Path.of("scenarios/ruhr-baseline.yaml"),
                List.of("scale=0.05")), 1);
        sim.start();
        int exits = 0;
        for (int step = 0; step < 40; step++) {
            sim.schedule.step(sim);
            exits += (int) sim.latest().get(Metric.EXITS);
            Population firms = sim.population();
            for (int i = 0; i < firms.size(); i++) {
                // before the rule, an insolvent firm recruited as a partner in its last quarter
                // stayed (about 200 such firms in 80 quarters at this scale)
                assertThat(firms.get(i).leaving).as("%s, quarter %d", firms.get(i), step).isFalse();
            }
        }
        assertThat(exits).as("the run has exits to check").isGreaterThan(100);
    }
}
