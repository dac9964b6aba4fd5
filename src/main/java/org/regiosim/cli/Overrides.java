package org.regiosim.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.regiosim.model.params.Param;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.scenario.InputException;
import org.regiosim.scenario.ScenarioLoader;

/** The parameter overrides of a command line: its --set options and the options that set one parameter. */
final class Overrides {

    private Overrides() {
    }

    /** The last {@code --set} of {@code p}'s key as the user gave it ("--set seed=7"), or null if none. */
    static String setOption(List<String> sets, Param p) {
        String found = null;
        for (String o : sets) {
            if (o.strip().startsWith(p.key() + "=")) {
                found = "--set " + o.strip();
            }
        }
        return found;
    }

    /**
     * The --set overrides followed by those of --seed and --steps (each when given). Refuses a
     * parameter set twice on the command line, by two --set or by a --set and an option: the
     * later would otherwise win without a word.
     *
     * @param alsoSetBy further options that decide a parameter (key -> the option as typed), e.g.
     *                  compare's --policies for {@code policy}
     */
    static List<String> of(List<String> sets, Long seed, Integer steps, Map<String, String> alsoSetBy)
            throws InputException {
        Map<String, String> options = new LinkedHashMap<>(alsoSetBy);
        List<String> overrides = new ArrayList<>(sets);
        if (seed != null) {
            overrides.add(ScenarioLoader.optionOverride("--seed", ParameterSchema.SEED, seed));
            options.put(ParameterSchema.SEED.key(), "--seed " + seed);
        }
        if (steps != null) {
            overrides.add(ScenarioLoader.optionOverride("--steps", ParameterSchema.STEPS, steps));
            options.put(ParameterSchema.STEPS.key(), "--steps " + steps);
        }
        Map<String, String> setBy = new HashMap<>();
        for (String o : sets) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                continue; // malformed: reported with its own message when applied
            }
            String typed = o.substring(0, eq).trim();
            Param p = ParameterSchema.byKey(typed);
            String key = p == null ? typed : p.key();
            String earlier = setBy.putIfAbsent(key, "--set " + o.strip());
            if (earlier != null) {
                throw new InputException("--set " + o.strip() + ": " + key + " is already set by " + earlier
                        + "; give it once");
            }
            String option = options.get(key);
            if (option != null) {
                throw new InputException("--set " + o.strip() + ": " + key + " is also set by " + option
                        + "; give one of them");
            }
        }
        return overrides;
    }
}
