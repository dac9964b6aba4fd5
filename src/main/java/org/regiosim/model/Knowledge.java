package org.regiosim.model;

import ec.util.MersenneTwisterFast;

/**
 * A kene (SKIN, Gilbert, Ahrweiler and Pyka): the capabilities an agent holds, each a technology
 * with an ability (0..1, how well it is mastered) and an expertise (1..10, experience with it).
 *
 * <p>Stored as one int array of (technology and expertise, ability as float bits) pairs: a kene is
 * read for every candidate a firm screens, and one small array is one memory access instead of
 * three. The technology takes the low 24 bits, the expertise the 4 bits above.
 */
public final class Knowledge {

    public static final int MAX_EXPERTISE = 10;

    private static final int STRIDE = 2;
    private static final int TECH = 0;
    private static final int ABILITY = 1;
    /** Technologies are numbered below 2^24 (TechnologySpace enforces it). */
    static final int TECH_MASK = (1 << 24) - 1;
    private static final int EXPERTISE_SHIFT = 24;

    private final int[] slots;
    private final int capacity;
    private int size;
    /** level() cached until the kene changes; it is read far more often than it changes. */
    private double level = -1;

    public Knowledge(int capacity) {
        this.capacity = capacity;
        this.slots = new int[capacity * STRIDE];
    }

    public int size() { return size; }
    public int capacity() { return capacity; }
    public int technology(int i) { return slots[i * STRIDE + TECH] & TECH_MASK; }
    public double ability(int i) { return abilityAt(i); }
    public int expertise(int i) { return slots[i * STRIDE + TECH] >>> EXPERTISE_SHIFT; }

    private void set(int i, int tech, int expertise) {
        slots[i * STRIDE + TECH] = tech | (expertise << EXPERTISE_SHIFT);
    }

    private float abilityAt(int i) {
        return Float.intBitsToFloat(slots[i * STRIDE + ABILITY]);
    }

    private void setAbility(int i, float a) {
        slots[i * STRIDE + ABILITY] = Float.floatToRawIntBits(a);
    }

    /** One value of the kene's array (see {@link Agent#readAhead}). */
    int readAhead() {
        return slots.length == 0 ? 0 : slots[0];
    }

    public boolean holds(int tech) {
        return indexOf(tech) >= 0;
    }

    public int indexOf(int tech) {
        int end = size * STRIDE;
        for (int k = TECH; k < end; k += STRIDE) {
            if ((slots[k] & TECH_MASK) == tech) {
                return k / STRIDE;
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
            setAbility(i, (float) Math.max(abilityAt(i), newAbility));
            return;
        }
        if (size < capacity) {
            i = size++;
        } else {
            i = weakest();
        }
        set(i, tech, Math.max(1, Math.min(MAX_EXPERTISE, newExpertise)));
        setAbility(i, (float) Math.max(0, Math.min(1, newAbility)));
    }

    /** Incremental learning by doing: ability rises by step x (1 - ability), expertise by one. */
    public void practise(int tech, double step) {
        int i = indexOf(tech);
        if (i >= 0) {
            level = -1;
            float a = abilityAt(i);
            setAbility(i, (float) (a + step * (1.0 - a)));
            int e = expertise(i);
            if (e < MAX_EXPERTISE) {
                set(i, technology(i), e + 1);
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
        set(i, tech, 1);
        setAbility(i, (float) newAbility);
    }

    /** Knowledge level 0..1: mean of ability x expertise / 10 over the capabilities. */
    public double level() {
        if (level < 0) {
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += abilityAt(i) * expertise(i);
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
        int end = size * STRIDE;
        for (int k = TECH; k < end; k += STRIDE) {
            if (other.holds(slots[k] & TECH_MASK)) {
                common++;
            }
        }
        int union = size + other.size - common;
        return 1.0 - (double) common / union;
    }

    /** A random held technology. */
    public int randomTechnology(MersenneTwisterFast random) {
        return technology(random.nextInt(size));
    }

    /**
     * A held technology that {@code other} lacks, each of them equally likely (one draw), or -1
     * if there is none (no draw).
     */
    public int randomTechnologyNotIn(Knowledge other, MersenneTwisterFast random) {
        int lacking = 0;
        for (int i = 0; i < size; i++) {
            if (!other.holds(technology(i))) {
                lacking++;
            }
        }
        if (lacking == 0) {
            return -1;
        }
        int pick = random.nextInt(lacking);
        for (int i = 0; ; i++) {
            if (!other.holds(technology(i)) && pick-- == 0) {
                return technology(i);
            }
        }
    }

    private int weakest() {
        int w = 0;
        float best = abilityAt(0) * expertise(0);
        for (int i = 1; i < size; i++) {
            float v = abilityAt(i) * expertise(i);
            if (v < best) {
                best = v;
                w = i;
            }
        }
        return w;
    }
}
