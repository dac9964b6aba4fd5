package org.regiosim.model.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The moderation policies the development agency can pursue. */
public enum PolicyKind {
    NONE, BROKERAGE, COFUNDING, TRUST_BUILDING, SMART_SPECIALISATION, PLATFORM;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    /**
     * Whether the arm's spending pays the agency's own moderation (trust-building programmes,
     * competence centres): a cost of moderating that no transaction-cost column holds. Brokerage
     * proposals are already in the search costs; co-funding and smart specialisation pay part of
     * projects' own costs, a transfer to the firms rather than a cost of cooperating.
     */
    public boolean isModerationService() {
        return this == TRUST_BUILDING || this == PLATFORM;
    }

    public static PolicyKind fromKey(String key) {
        for (PolicyKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (PolicyKind k : values()) {
            keys.add(k.key());
        }
        return keys;
    }
}
