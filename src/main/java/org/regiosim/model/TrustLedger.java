package org.regiosim.model;

/**
 * An agent's memory of its partners: trust in each (0..1) and the number of jointly successful
 * projects. Bounded in size, so memory and search stay constant per agent at any population; when
 * full, the least trusted partner is forgotten. Trust is asymmetric (each side keeps its own).
 */
public final class TrustLedger {

    /**
     * Running sum and count of all ties in the region, kept up to date by every change, so the
     * region's mean trust costs nothing per quarter instead of a pass over every agent.
     */
    public static final class Totals {
        private double sum;
        private long count;

        public double mean() { return count == 0 ? Double.NaN : sum / count; }
        public long count() { return count; }
    }

    /** Grown on demand up to {@link #capacity}: most firms remember only a few partners. */
    private Agent[] partners;
    /** Per slot: trust as float bits, then joint successes (one array: fewer memory accesses). */
    private int[] data;
    private final int capacity;
    private final Totals totals;
    private int size;

    public TrustLedger(int capacity) {
        this(capacity, new Totals());
    }

    public TrustLedger(int capacity, Totals totals) {
        this.capacity = capacity;
        int initial = Math.min(capacity, 2);
        partners = new Agent[initial];
        data = new int[initial * 2];
        this.totals = totals;
    }

    public int size() { return size; }
    public Agent partner(int i) { return partners[i]; }
    public double trust(int i) { return trustAt(i); }
    public int jointSuccesses(int i) { return data[2 * i + 1]; }

    private float trustAt(int i) {
        return Float.intBitsToFloat(data[2 * i]);
    }

    private void store(int i, float trust) {
        data[2 * i] = Float.floatToRawIntBits(trust);
    }

    /** One value of each of the ledger's arrays (see {@link Agent#readAhead}). */
    int readAhead() {
        return partners.length + (data.length == 0 ? 0 : data[0]);
    }

    /** Slot of a partner, or -1 when it is not remembered. */
    public int indexOf(Agent partner) {
        for (int i = 0; i < size; i++) {
            if (partners[i] == partner) {
                return i;
            }
        }
        return -1;
    }

    /** Trust in a partner, or {@code fallback} (the agent's generalised trust) if not remembered. */
    public double trustIn(Agent partner, double fallback) {
        int i = indexOf(partner);
        return i < 0 ? fallback : trustAt(i);
    }

    /** Slot for a partner, remembering it with {@code initialTrust} if new. */
    public int remember(Agent partner, double initialTrust) {
        int i = indexOf(partner);
        if (i >= 0) {
            return i;
        }
        if (size < capacity) {
            if (size == partners.length) {
                int grown = Math.min(capacity, partners.length * 2);
                partners = java.util.Arrays.copyOf(partners, grown);
                data = java.util.Arrays.copyOf(data, grown * 2);
            }
            i = size++;
            totals.count++;
        } else {
            i = leastTrustedSlot();
            totals.sum -= trustAt(i);
        }
        partners[i] = partner;
        store(i, (float) clamp(initialTrust));
        totals.sum += trustAt(i);
        data[2 * i + 1] = 0;
        return i;
    }

    /** Honoured cooperation: trust rises slowly, by gain x (1 - trust). */
    public void honour(int slot, double gain) {
        float t = trustAt(slot);
        set(slot, t + gain * (1.0 - t));
    }

    /** Betrayal: trust falls fast, by loss x trust. */
    public void betray(int slot, double loss) {
        float t = trustAt(slot);
        set(slot, t - loss * t);
        data[2 * slot + 1] = 0;
    }

    private void set(int slot, double value) {
        float old = trustAt(slot);
        store(slot, (float) clamp(value));
        totals.sum += trustAt(slot) - old;
    }

    /** Counts a jointly successful project and returns the new count. */
    public int countJointSuccess(int slot) {
        if (data[2 * slot + 1] < Short.MAX_VALUE) {
            data[2 * slot + 1]++;
        }
        return data[2 * slot + 1];
    }

    /** Raises every remembered trust by effect x (1 - trust) (dialogue formats). */
    public void raiseAll(double effect) {
        for (int i = 0; i < size; i++) {
            honour(i, effect);
        }
    }

    /** Drops partners that have left the region. */
    public void forgetInactive() {
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (partners[r].isActive()) {
                partners[w] = partners[r];
                data[2 * w] = data[2 * r];
                data[2 * w + 1] = data[2 * r + 1];
                w++;
            } else {
                totals.sum -= trustAt(r);
                totals.count--;
            }
        }
        for (int i = w; i < size; i++) {
            partners[i] = null;
        }
        size = w;
    }

    /** Forgets one partner if remembered. */
    public void forget(Agent partner) {
        int i = indexOf(partner);
        if (i < 0) {
            return;
        }
        totals.sum -= trustAt(i);
        totals.count--;
        int last = size - 1;
        partners[i] = partners[last];
        data[2 * i] = data[2 * last];
        data[2 * i + 1] = data[2 * last + 1];
        partners[last] = null;
        size = last;
    }

    /** Sum of this agent's remembered trust values. */
    public double trustSum() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += trustAt(i);
        }
        return s;
    }

    /** Forgets every partner (the agent leaves the region). */
    public void clear() {
        for (int i = 0; i < size; i++) {
            totals.sum -= trustAt(i);
            partners[i] = null;
        }
        totals.count -= size;
        size = 0;
    }

    private int leastTrustedSlot() {
        int worst = 0;
        for (int i = 1; i < size; i++) {
            if (trustAt(i) < trustAt(worst)) {
                worst = i;
            }
        }
        return worst;
    }

    static double clamp(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
