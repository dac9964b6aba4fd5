package org.regiosim.experiment;

import org.regiosim.model.RegioSim;
import org.regiosim.model.StepMetrics;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.scenario.Scenario;

/**
 * Runs one simulation headless: start, a fixed number of schedule steps, finish. (MASON's
 * doLoop would call System.exit, so batch code drives the schedule itself.)
 */
public final class SimulationRun {

    /** Receives each quarter's indicators as soon as the quarter is done. */
    @FunctionalInterface
    public interface StepListener {
        void onStep(StepMetrics metrics) throws Exception;
    }

    private SimulationRun() {
    }

    /** A model ready to start, with the scenario's parameters and the given seed. */
    public static RegioSim create(Scenario scenario, long seed) {
        Parameters p = scenario.parameters();
        if (p.integer(ParameterSchema.SEED) != seed) {
            p = p.with(ParameterSchema.SEED, seed);
        }
        return new RegioSim(seed, p, scenario.region());
    }

    /** Runs the scenario for its steps with this seed; returns the finished model. */
    public static RegioSim run(Scenario scenario, long seed, StepListener listener) throws Exception {
        RegioSim sim = create(scenario, seed);
        sim.start();
        try {
            int steps = scenario.steps();
            for (int i = 0; i < steps; i++) {
                sim.schedule.step(sim);
                if (listener != null) {
                    listener.onStep(sim.latest());
                }
            }
        } finally {
            sim.finish();
        }
        return sim;
    }
}
