package org.regiosim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.regiosim.experiment.SimulationRun;
import org.regiosim.model.RegioSim;
import org.regiosim.model.StepMetrics;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

/** Shared set-up of the GUI tests: the workshop scenario, headless runs, a GUI stepped without a Console. */
final class GuiFixtures {

    static final Path WORKSHOP = Path.of("scenarios", "ruhr-workshop.yaml");

    private GuiFixtures() {
    }

    static Scenario workshop(String... overrides) throws Exception {
        return ScenarioLoader.load(WORKSHOP, List.of(overrides));
    }

    /** The history of a batch run, as {@code regiosim run} computes it. */
    static List<double[]> headless(Scenario s, int steps) throws Exception {
        List<double[]> rows = new ArrayList<>();
        RegioSim sim = SimulationRun.create(s, s.seed());
        sim.start();
        for (int i = 0; i < steps; i++) {
            sim.schedule.step(sim);
            rows.add(sim.latest().values());
        }
        sim.finish();
        return rows;
    }

    static List<double[]> values(List<StepMetrics> history) {
        List<double[]> rows = new ArrayList<>();
        for (StepMetrics m : history) {
            rows.add(m.values());
        }
        return rows;
    }

    /**
     * The property index of a slider in a single run's controls: after the status line and the
     * two policy rows (policy now, policy at start).
     */
    static int sliderIndex(java.util.function.Predicate<WorkshopControls.Slider> which) {
        return 1 + 2 + WorkshopControls.SLIDERS.indexOf(WorkshopControls.SLIDERS.stream().filter(which)
                .findFirst().orElseThrow());
    }

    /** {@link #sliderIndex(java.util.function.Predicate)} of the slider named {@code name}. */
    static int sliderIndex(String name) {
        return sliderIndex(s -> s.name().equals(name));
    }

    /** A GUI started as the Console would start it (seed set, then start), without any window. */
    static WorkshopGUI started(Scenario s, String... policies) {
        WorkshopGUI gui = new WorkshopGUI(s, List.of(policies), WorkshopGUI.Options.defaults());
        gui.state.setSeed(s.seed());
        gui.start();
        return gui;
    }

    /** Bitwise equality of two histories (NaN equals NaN), with the first difference in the message. */
    static String firstDifference(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return "lengths " + a.size() + " and " + b.size();
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return "step " + i + ": " + Arrays.toString(a.get(i)) + " vs " + Arrays.toString(b.get(i));
            }
        }
        return null;
    }
}
