package org.regiosim.model;

import java.util.Arrays;

/**
 * The region's technologies and which of them have been combined. Each technology belongs to one
 * field (a lead market). A meta-innovation connects two technologies of different fields that were
 * never connected before; it creates a new technology (recombinant growth, after Weitzman 1998)
 * and leaves a spillover stock on the connected technologies that raises the quality of later
 * projects using them and decays with a half-life.
 */
public final class TechnologySpace {

    private int count;
    private byte[] field;
    private double[] spillover;
    private int[] spilloverStep;
    private final LongHashSet connected = new LongHashSet(1 << 12);
    private final double decayPerQuarter;

    public TechnologySpace(int technologiesPerField, double spilloverHalfLife) {
        int initial = technologiesPerField * LeadMarket.count();
        field = new byte[Math.max(16, initial * 2)];
        spillover = new double[field.length];
        spilloverStep = new int[field.length];
        for (int m = 0; m < LeadMarket.count(); m++) {
            for (int k = 0; k < technologiesPerField; k++) {
                field[count++] = (byte) m;
            }
        }
        this.decayPerQuarter = Math.pow(0.5, 1.0 / spilloverHalfLife);
        this.technologiesPerField = technologiesPerField;
    }

    private final int technologiesPerField;

    public int count() { return count; }

    public int field(int tech) { return field[tech]; }

    /** One of the initial technologies of a field, chosen by {@code index} in 0..perField-1. */
    public int initialTechnology(int fieldOrdinal, int index) {
        return fieldOrdinal * technologiesPerField + index;
    }

    public int technologiesPerField() { return technologiesPerField; }

    public boolean isConnected(int a, int b) {
        return connected.contains(pairKey(a, b));
    }

    /** Marks a pair as connected; returns true if it was not connected before. */
    public boolean connect(int a, int b) {
        return connected.add(pairKey(a, b));
    }

    /** Creates a new technology in {@code fieldOrdinal} and returns its index. */
    public int create(int fieldOrdinal, int step) {
        if (count > Knowledge.TECH_MASK) {
            throw new IllegalStateException("more than 2^24 technologies: a kene cannot number them");
        }
        if (count == field.length) {
            int n = field.length * 2;
            field = Arrays.copyOf(field, n);
            spillover = Arrays.copyOf(spillover, n);
            spilloverStep = Arrays.copyOf(spilloverStep, n);
        }
        field[count] = (byte) fieldOrdinal;
        spilloverStep[count] = step;
        return count++;
    }

    /** The decayed spillover stock of a technology at {@code step}. */
    public double spillover(int tech, int step) {
        double s = spillover[tech];
        if (s == 0) {
            return 0;
        }
        return s * Math.pow(decayPerQuarter, step - spilloverStep[tech]);
    }

    public void addSpillover(int tech, int step, double amount) {
        spillover[tech] = spillover(tech, step) + amount;
        spilloverStep[tech] = step;
    }

    static long pairKey(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }
}
