package org.regiosim.model;

import ec.util.MersenneTwisterFast;

/**
 * A kene (SKIN, Gilbert, Ahrweiler and Pyka): the capabilities an agent holds, each a technology
 * with an ability (0..1, how well it is mastered) and an expertise (1..10, experience with it).
 */
public final class Knowledge {

    public static final int MAX_EXPERTISE = 10;

    private final int[] technology;
    private final float[] ability;
    private final byte[] expertise;
    private int size;
    /** level() cached until the kene changes; it is read far more often than it changes. */
    private double level = -1;

    public Knowledge(int capacity) {
        technology = new int[capacity];
        ability = new float[capacity];
        expertise = new byte[capacity];
    }

    public int size() { return size; }
    public int capacity() { return technology.length; }
    public int technology(int i) { return technology[i]; }
    public double ability(int i) { return ability[i]; }
    public int expertise(int i) { return expertise[i]; }

    public boolean holds(int tech) {
        return indexOf(tech) >= 0;
    }

    public int indexOf(int tech) {
        for (int i = 0; i < size; i++) {
            if (technology[i] == tech) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds a capability, or improves it if already held. When full, the weakest capability
     * (lowest ability x expertise) is replaced, as firms forget what they no longer use.
     */
    public void learn(int tech, double newAbility, int newExpertise) {
        level = -1;
        int i = indexOf(tech);
        if (i >= 0) {
            ability[i] = (float) Math.max(ability[i], newAbility);
            return;
        }
        if (size < technology.length) {
            i = size++;
        } else {
            i = weakest();
        }
        technology[i] = tech;
        ability[i] = (float) Math.max(0, Math.min(1, newAbility));
        expertise[i] = (byte) Math.max(1, Math.min(MAX_EXPERTISE, newExpertise));
    }

    /** Incremental learning by doing: ability rises by step x (1 - ability), expertise by one. */
    public void practise(int tech, double step) {
        int i = indexOf(tech);
        if (i >= 0) {
            level = -1;
            ability[i] = (float) (ability[i] + step * (1.0 - ability[i]));
            if (expertise[i] < MAX_EXPERTISE) {
                expertise[i]++;
            }
        }
    }

    /** Radical research: the weakest capability is replaced by {@code tech}. */
    public void replaceWeakest(int tech, double newAbility) {
        level = -1;
        if (size == 0) {
            learn(tech, newAbility, 1);
            return;
        }
        int i = weakest();
        technology[i] = tech;
        ability[i] = (float) newAbility;
        expertise[i] = 1;
    }

    /** Knowledge level 0..1: mean of ability x expertise / 10 over the capabilities. */
    public double level() {
        if (level < 0) {
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += ability[i] * expertise[i];
            }
            level = size == 0 ? 0 : s / (size * (double) MAX_EXPERTISE);
        }
        return level;
    }

    /**
     * Cognitive distance 0..1 to another kene: one minus the Jaccard similarity of the two sets of
     * technologies (0: identical, 1: nothing in common).
     */
    public double distanceTo(Knowledge other) {
        if (size == 0 && other.size == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0; i < size; i++) {
            if (other.holds(technology[i])) {
                common++;
            }
        }
        int union = size + other.size - common;
        return 1.0 - (double) common / union;
    }

    /** A random held technology. */
    public int randomTechnology(MersenneTwisterFast random) {
        return technology[random.nextInt(size)];
    }

    /** A random held technology that {@code other} lacks, or -1 if there is none. */
    public int randomTechnologyNotIn(Knowledge other, MersenneTwisterFast random) {
        int start = random.nextInt(size);
        for (int k = 0; k < size; k++) {
            int t = technology[(start + k) % size];
            if (!other.holds(t)) {
                return t;
            }
        }
        return -1;
    }

    private int weakest() {
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (ability[i] * expertise[i] < ability[w] * expertise[w]) {
                w = i;
            }
        }
        return w;
    }
}
