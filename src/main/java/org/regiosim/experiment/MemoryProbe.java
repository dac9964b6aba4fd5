package org.regiosim.experiment;

import java.util.SplittableRandom;

/**
 * Measures what a random memory read costs on this machine, by working-set size, for one thread
 * and for two threads reading their own sets at the same time: a pointer chase through one cache
 * line after another in random order, each read depending on the one before (so no two reads
 * overlap and the latency is what is measured).
 *
 * <p>The model's cost is dominated by such reads (a random candidate firm, its kene, a partner's
 * trust ledger), so where this latency jumps (the size of the last-level cache that one thread
 * actually gets) explains how the model's time grows with the population, and how much a second
 * replication on the other core slows the first. Measurement only; nothing in the model uses it.
 */
public final class MemoryProbe {

    /** Ints per 64-byte cache line: the chase touches one int per line. */
    private static final int LINE_INTS = 16;

    /** The latency at one working-set size, alone and with a second thread chasing its own set. */
    public record Result(int workingSetMiB, double aloneNanos, double pairedNanos) {
        /** How much slower each read is when two threads chase at once (1 = not at all). */
        public double slowdown() { return pairedNanos / aloneNanos; }
    }

    private MemoryProbe() {
    }

    /**
     * A chase over {@code bytes} of memory: entry i of each line holds the index of the next line
     * to read, in an order that visits every line once before it repeats (one cycle, drawn with
     * Sattolo's algorithm), so the whole working set is used.
     */
    static int[] cycle(long bytes, long seed) {
        int lines = (int) Math.max(2, bytes / (LINE_INTS * Integer.BYTES));
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i); // j < i: Sattolo, a single cycle
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[lines * LINE_INTS];
        for (int i = 0; i < lines; i++) {
            next[i * LINE_INTS] = order[i] * LINE_INTS;
        }
        return next;
    }

    /** Nanoseconds per read over {@code reads} dependent reads of the chase. */
    static double chase(int[] next, long reads) {
        int p = 0;
        long t0 = System.nanoTime();
        for (long s = 0; s < reads; s++) {
            p = next[p];
        }
        long elapsed = System.nanoTime() - t0;
        if (p < 0) {
            throw new IllegalStateException(); // uses p, so that the JIT keeps the chase
        }
        return (double) elapsed / reads;
    }

    /** Measures one working-set size: a warm-up pass, then the chase alone, then two at once. */
    public static Result measure(int workingSetMiB, long reads) throws InterruptedException {
        long bytes = (long) workingSetMiB << 20;
        int[] mine = cycle(bytes, 1);
        int[] other = cycle(bytes, 2);
        chase(mine, reads / 4);
        chase(other, reads / 4);
        double alone = chase(mine, reads);
        double[] paired = new double[2];
        Thread second = new Thread(() -> paired[1] = chase(other, reads), "memory-probe");
        second.start();
        paired[0] = chase(mine, reads);
        second.join();
        return new Result(workingSetMiB, alone, Math.max(paired[0], paired[1]));
    }
}
