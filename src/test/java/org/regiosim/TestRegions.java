package org.regiosim;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.regiosim.model.RegionData;
import org.regiosim.model.RegioSim;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.RegionDataReader;

/** The shipped Ruhr data and small models built on it, for tests. */
public final class TestRegions {

    public static final Path SCENARIOS = Paths.get("scenarios");
    private static RegionData ruhr;

    private TestRegions() {
    }

    public static synchronized RegionData ruhr() {
        if (ruhr == null) {
            try {
                ruhr = RegionDataReader.read(SCENARIOS.resolve("data/ruhr-municipalities.csv"),
                        SCENARIOS.resolve("data/ruhr-universities.csv"));
            } catch (InputException e) {
                throw new IllegalStateException(e);
            }
        }
        return ruhr;
    }

    /** Default parameters at a small scale. */
    public static Parameters small(double scale) {
        return Parameters.defaults().with(ParameterSchema.SCALE, scale);
    }

    /** Starts a model and steps it {@code steps} quarters. */
    public static RegioSim run(Parameters p, long seed, int steps) {
        RegioSim sim = new RegioSim(seed, p, ruhr());
        sim.start();
        for (int i = 0; i < steps; i++) {
            sim.schedule.step(sim);
        }
        return sim;
    }

    public static double sum(RegioSim sim, org.regiosim.model.Metric m) {
        return sim.history().stream().mapToDouble(s -> s.get(m)).filter(v -> !Double.isNaN(v)).sum();
    }
}
