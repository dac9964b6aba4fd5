package org.regiosim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiosim.model.policy.PolicyKind;
import org.regiosim.model.policy.PolicyMix;

/**
 * Policies as the room reads them ("trust building", "brokerage + co-funding (half each)",
 * "brokerage 30% + platform 70%") instead of their scenario keys ("trust_building",
 * "brokerage=0.3,platform=0.7"). The keys stay what the command line and the scenario files take.
 */
public final class PolicyNames {

    private PolicyNames() {
    }

    /** A policy's name, e.g. "co-funding". */
    static String name(PolicyKind k) {
        return switch (k) {
            case NONE -> "no moderation";
            case BROKERAGE -> "brokerage";
            case COFUNDING -> "co-funding";
            case TRUST_BUILDING -> "trust building";
            case SMART_SPECIALISATION -> "smart specialisation";
            case PLATFORM -> "platform (competence centres)";
        };
    }

    /** A policy or mix (in any form PolicyMix reads) as the room reads it; the text itself if it is none. */
    public static String readable(String policy) {
        try {
            return readable(PolicyMix.parse(policy));
        } catch (IllegalArgumentException e) {
            return policy;
        }
    }

    /** A policy or mix as the room reads it. */
    public static String readable(PolicyMix mix) {
        Map<PolicyKind, Double> shares = mix.shares();
        if (shares.isEmpty()) {
            return name(PolicyKind.NONE);
        }
        if (shares.size() == 1) {
            return name(shares.keySet().iterator().next());
        }
        boolean equal = shares.values().stream().distinct().count() == 1;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<PolicyKind, Double> e : shares.entrySet()) {
            // in a mix the platform's short name: the drop-down has to hold the whole mix
            String n = e.getKey() == PolicyKind.PLATFORM ? "platform" : name(e.getKey());
            parts.add(n + (equal ? "" : String.format(Locale.ROOT, " %.0f%%", 100 * e.getValue())));
        }
        String each = switch (shares.size()) {
            case 2 -> "half each";
            default -> "1/" + shares.size() + " each";
        };
        return String.join(" + ", parts) + (equal ? " (" + each + ")" : "");
    }
}
