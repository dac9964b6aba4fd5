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
        List<Double> values = new ArrayList<>(shares.values());
        boolean equal = equalShares(values);
        List<String> percents = equal ? null : percents(values);
        List<String> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<PolicyKind, Double> e : shares.entrySet()) {
            // in a mix the platform's short name: the drop-down has to hold the whole mix
            String n = e.getKey() == PolicyKind.PLATFORM ? "platform" : name(e.getKey());
            parts.add(n + (equal ? "" : " " + percents.get(i++) + "%"));
        }
        String each = switch (shares.size()) {
            case 2 -> "half each";
            default -> "1/" + shares.size() + " each";
        };
        return String.join(" + ", parts) + (equal ? " (" + each + ")" : "");
    }

    /** Shares this close count as equal: 0.333, 0.333, 0.334 is "1/3 each". */
    static final double EQUAL_TOLERANCE = 0.0015;

    static boolean equalShares(List<Double> shares) {
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        double min = shares.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return sum > 0 && (max - min) / sum <= EQUAL_TOLERANCE;
    }

    /**
     * The shares in per cent, rounded so that they add up to 100 (largest remainder): whole per
     * cent, or tenths where a share that is neither 0 nor all would show as 0% or 100%.
     */
    static List<String> percents(List<Double> shares) {
        long[] whole = largestRemainder(shares, 100);
        boolean misleading = false;
        for (int i = 0; i < shares.size(); i++) {
            misleading |= (whole[i] == 0 || whole[i] == 100) && shares.get(i) > 0 && whole.length > 1;
        }
        List<String> out = new ArrayList<>();
        if (!misleading) {
            for (long w : whole) {
                out.add(Long.toString(w));
            }
            return out;
        }
        long[] tenths = largestRemainder(shares, 1000);
        for (long t : tenths) {
            out.add(String.format(Locale.ROOT, "%d.%d", t / 10, t % 10));
        }
        return out;
    }

    /** {@code total} units shared out in proportion to {@code shares}, the rest to the largest remainders. */
    private static long[] largestRemainder(List<Double> shares, int total) {
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        long[] n = new long[shares.size()];
        double[] rest = new double[shares.size()];
        long given = 0;
        for (int i = 0; i < n.length; i++) {
            double exact = total * shares.get(i) / sum;
            n[i] = (long) Math.floor(exact + 1e-9);
            rest[i] = exact - n[i];
            given += n[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < n.length; i++) {
                if (rest[i] > rest[best] + 1e-12) {
                    best = i;
                }
            }
            n[best]++;
            rest[best] = -1;
            given++;
        }
        return n;
    }
}
