package org.regiosim.model;

/**
 * A set of longs with open addressing: no boxing, deterministic, compact. Used for the pairs of
 * technologies connected so far, which can number in the hundreds of thousands at full scale.
 */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongHashSet(int initialCapacity) {
        int cap = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
        slots = new long[cap];
        java.util.Arrays.fill(slots, EMPTY);
    }

    int size() { return size; }

    boolean contains(long key) {
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                return false;
            }
            if (s == key) {
                return true;
            }
        }
    }

    boolean add(long key) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = key;
                size++;
                return true;
            }
            if (s == key) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long k : old) {
            if (k != EMPTY) {
                add(k);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
