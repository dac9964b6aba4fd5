package org.regiosim.model;

import java.util.Locale;

/**
 * The eight lead markets that the Ruhr's development agency defines, plus the two legacy
 * industries that the structural change leaves behind. Each market is also a technology field:
 * every technology belongs to exactly one market at its creation.
 */
public enum LeadMarket {
    HEALTH(false),
    RESOURCE_EFFICIENCY(false),
    MOBILITY(false),
    URBAN_CONSTRUCTION_AND_HOUSING(false),
    SUSTAINABLE_CONSUMPTION(false),
    DIGITAL_COMMUNICATION(false),
    EDUCATION_AND_KNOWLEDGE(false),
    LEISURE_AND_EVENTS(false),
    COAL(true),
    STEEL(true);

    private static final LeadMarket[] VALUES = values();

    private final boolean legacy;

    LeadMarket(boolean legacy) {
        this.legacy = legacy;
    }

    /** True for the declining coal and steel industries. */
    public boolean isLegacy() { return legacy; }

    /** The snake_case name used in scenarios and output files. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static int count() { return VALUES.length; }

    public static LeadMarket of(int ordinal) { return VALUES[ordinal]; }

    /** Parses a snake_case key; returns null when there is no such market. */
    public static LeadMarket fromKey(String key) {
        for (LeadMarket m : VALUES) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }
}
