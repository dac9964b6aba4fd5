package org.regiosim.experiment;

import org.regiosim.model.params.ParameterSchema;
import org.regiosim.scenario.Scenario;

/** One arm of a comparison: a label, and the scenario (with its policy) every replication runs. */
public record Arm(int index, String label, Scenario scenario) {

    /**
     * The policy the arm runs, in canonical form: its policy, then its scheduled switches if it
     * has any ({@code none then 8:brokerage;40:cofunding}), so that runs of an arm that switches
     * are not taken for runs of its starting policy.
     */
    public String policy() {
        String switches = scenario.parameters().text(ParameterSchema.POLICY_CHANGES);
        return switches.isBlank() ? scenario.policy() : scenario.policy() + " then " + switches;
    }
}
