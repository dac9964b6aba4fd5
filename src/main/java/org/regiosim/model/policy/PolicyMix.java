package org.regiosim.model.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiosim.model.params.Suggest;

/**
 * A policy or a mix of policies with the share of the agency budget each receives. Text form:
 * {@code none}, {@code brokerage}, {@code brokerage,cofunding} (equal shares) or
 * {@code brokerage=0.6,cofunding=0.4} (shares summing to 1).
 */
public final class PolicyMix {

    private final Map<PolicyKind, Double> shares;

    private PolicyMix(Map<PolicyKind, Double> shares) {
        this.shares = shares;
    }

    public static PolicyMix none() {
        return new PolicyMix(Map.of());
    }

    /** The arms with their budget shares, in the order given; empty for {@code none}. */
    public Map<PolicyKind, Double> shares() {
        return shares;
    }

    /** @throws IllegalArgumentException saying what is wrong and what is allowed */
    /** True if an arm acts only in the agency's focus markets (smart specialisation, platform). */
    public boolean actsInFocusMarkets() {
        return shares().getOrDefault(PolicyKind.SMART_SPECIALISATION, 0.0) > 0
                || shares().getOrDefault(PolicyKind.PLATFORM, 0.0) > 0;
    }

    public static PolicyMix parse(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty policy; expected one of " + PolicyKind.keys()
                    + " or a mix like 'brokerage=0.5,cofunding=0.5'");
        }
        if (s.equals("none")) {
            return none();
        }
        Map<PolicyKind, Double> shares = new LinkedHashMap<>();
        boolean anyShare = false;
        boolean anyWithout = false;
        for (String part : s.split(",")) {
            String[] kv = part.trim().split("=", -1);
            String name = kv[0].trim().toLowerCase(Locale.ROOT);
            PolicyKind kind = PolicyKind.fromKey(name);
            if (kind == null) {
                throw new IllegalArgumentException("unknown policy '" + name + "'; expected one of "
                        + String.join(", ", PolicyKind.keys()) + Suggest.nearestHint(name, PolicyKind.keys()));
            }
            if (kind == PolicyKind.NONE) {
                throw new IllegalArgumentException("'none' cannot be part of a mix");
            }
            if (shares.containsKey(kind)) {
                throw new IllegalArgumentException("policy '" + name + "' is named twice");
            }
            double share = Double.NaN;
            if (kv.length == 2) {
                anyShare = true;
                try {
                    share = Double.parseDouble(kv[1].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("share of '" + name + "' is not a number: '" + kv[1].trim() + "'");
                }
                if (!(share > 0 && share <= 1)) {
                    throw new IllegalArgumentException("share of '" + name + "' must be above 0 and at most 1, got " + kv[1].trim());
                }
            } else if (kv.length == 1) {
                anyWithout = true;
            } else {
                throw new IllegalArgumentException("malformed policy part '" + part.trim() + "'; expected name or name=share");
            }
            shares.put(kind, share);
        }
        if (anyShare && anyWithout) {
            throw new IllegalArgumentException("give a share for every policy of the mix or for none");
        }
        if (!anyShare) {
            double equal = 1.0 / shares.size();
            shares.replaceAll((k, v) -> equal);
        } else {
            double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1.0) > 1e-6) {
                throw new IllegalArgumentException("the shares of a policy mix must sum to 1, they sum to "
                        + String.format(Locale.ROOT, "%.4g", sum));
            }
        }
        return new PolicyMix(java.util.Collections.unmodifiableMap(shares));
    }

    /** For parameter validation: the problem with a text, or null. */
    public static String problemWith(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Canonical text form, e.g. {@code brokerage=0.5,cofunding=0.5}. */
    @Override
    public String toString() {
        if (shares.isEmpty()) {
            return "none";
        }
        if (shares.size() == 1) {
            return shares.keySet().iterator().next().key();
        }
        List<String> parts = new ArrayList<>();
        shares.forEach((k, v) -> parts.add(k.key() + "=" + v));
        return String.join(",", parts);
    }
}
