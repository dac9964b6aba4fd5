package org.regiosim.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Policy switches during a run: {@code STEP:POLICY;STEP:POLICY}, e.g. {@code 40:brokerage;60:none}.
 * From a switch's step on, its policy (or mix) replaces the one before.
 */
public final class PolicySchedule {

    private final TreeMap<Integer, PolicyMix> changes;

    private PolicySchedule(TreeMap<Integer, PolicyMix> changes) {
        this.changes = changes;
    }

    public static PolicySchedule parse(String text) {
        TreeMap<Integer, PolicyMix> changes = new TreeMap<>();
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            return new PolicySchedule(changes);
        }
        for (String part : s.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("policy change '" + p + "' needs the form STEP:POLICY, e.g. 40:brokerage");
            }
            int step;
            try {
                step = Integer.parseInt(p.substring(0, colon).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("step of policy change '" + p + "' is not a whole number");
            }
            if (step < 0) {
                throw new IllegalArgumentException("step of policy change '" + p + "' must not be negative");
            }
            if (changes.put(step, PolicyMix.parse(p.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("two policy changes at step " + step);
            }
        }
        return new PolicySchedule(changes);
    }

    public static String problemWith(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The step of the last switch, or -1 when there is none. */
    public int lastStep() {
        return changes.isEmpty() ? -1 : changes.lastKey();
    }

    /** The policies switched to before {@code step}, in step order. */
    public List<PolicyMix> policiesBefore(int step) {
        return List.copyOf(changes.headMap(step).values());
    }

    /** The change taking effect at exactly this step, or null. */
    public PolicyMix changeAt(int step) {
        return changes.get(step);
    }

    /** Canonical text form. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, PolicyMix> e : changes.entrySet()) {
            parts.add(e.getKey() + ":" + e.getValue());
        }
        return String.join(";", parts);
    }
}
