package org.regiosim.experiment;

import org.regiosim.scenario.Scenario;

/** One arm of a comparison: a label, and the scenario (with its policy) every replication runs. */
public record Arm(int index, String label, Scenario scenario) {

    public String policy() {
        return scenario.policy();
    }
}
