package org.regiosim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.SobolSequenceGenerator;

import ec.util.MersenneTwisterFast;

/**
 * The points of a sweep: each point gives every factor a value. Three designs:
 * <ul>
 * <li>full factorial: every combination of the factors' values (the last factor varies fastest);</li>
 * <li>Latin hypercube of N points: each factor's range is cut into N equal strata and each stratum
 * is used once, at a random position (McKay, Beckman and Conover 1979), from a MersenneTwisterFast
 * seeded with the experiment's seed;</li>
 * <li>Sobol / Saltelli: N base samples from a 2k-dimensional Sobol sequence (Commons Math, first
 * point skipped) split into matrices A and B; then k matrices AB_i, A with column i taken from B
 * (Saltelli et al. 2010). N (k + 2) points in the order A, B, AB_1 ... AB_k.</li>
 * </ul>
 */
public final class Design {

    public enum Type {
        FULL_FACTORIAL, LATIN_HYPERCUBE, SOBOL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type fromKey(String k) {
            for (Type t : values()) {
                if (t.key().equals(k)) {
                    return t;
                }
            }
            return null;
        }

        public static List<String> keys() {
            List<String> out = new ArrayList<>();
            for (Type t : values()) {
                out.add(t.key());
            }
            return out;
        }
    }

    private final Type type;
    private final List<Factor> factors;
    private final int samples;
    private final List<Object[]> points;

    private Design(Type type, List<Factor> factors, int samples, List<Object[]> points) {
        this.type = type;
        this.factors = List.copyOf(factors);
        this.samples = samples;
        this.points = points;
    }

    public static Design create(Type type, List<Factor> factors, int samples, long seed) {
        return switch (type) {
            case FULL_FACTORIAL -> fullFactorial(factors);
            case LATIN_HYPERCUBE -> fromUnit(type, factors, samples, latinHypercube(factors.size(), samples, seed));
            case SOBOL -> fromUnit(type, factors, samples, saltelli(factors.size(), samples));
        };
    }

    /** Number of points a design will have, without building it. */
    public static long pointCount(Type type, List<Factor> factors, int samples) {
        return switch (type) {
            case FULL_FACTORIAL -> {
                long n = 1;
                for (Factor f : factors) {
                    n *= f.levelValues().size();
                }
                yield n;
            }
            case LATIN_HYPERCUBE -> samples;
            case SOBOL -> (long) samples * (factors.size() + 2);
        };
    }

    static Design fullFactorial(List<Factor> factors) {
        List<List<Object>> levels = new ArrayList<>();
        for (Factor f : factors) {
            levels.add(f.levelValues());
        }
        List<Object[]> pts = new ArrayList<>();
        int k = factors.size();
        int[] idx = new int[k];
        while (true) {
            Object[] p = new Object[k];
            for (int i = 0; i < k; i++) {
                p[i] = levels.get(i).get(idx[i]);
            }
            pts.add(p);
            int i = k - 1;
            while (i >= 0 && ++idx[i] == levels.get(i).size()) {
                idx[i] = 0;
                i--;
            }
            if (i < 0) {
                break;
            }
        }
        return new Design(Type.FULL_FACTORIAL, factors, 0, pts);
    }

    private static Design fromUnit(Type type, List<Factor> factors, int samples, double[][] unit) {
        List<Object[]> pts = new ArrayList<>();
        for (double[] u : unit) {
            Object[] p = new Object[factors.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = factors.get(i).at(u[i]);
            }
            pts.add(p);
        }
        return new Design(type, factors, samples, pts);
    }

    /** n points in [0,1)^k, one per stratum in every dimension. */
    public static double[][] latinHypercube(int k, int n, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[][] u = new double[n][k];
        for (int d = 0; d < k; d++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][d] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        return u;
    }

    /** The Saltelli sample in [0,1)^k: n (k + 2) rows in the order A, B, AB_1, ..., AB_k. */
    public static double[][] saltelli(int k, int n) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        // From point 0 (all zeros) on: the first 2^m points fill every stratum of width 2^-m of
        // every column exactly once; dropping point 0, as was once customary, spoils that balance
        // (Owen 2020, "On dropping the first Sobol' point").
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = gen.nextVector();
            a[j] = java.util.Arrays.copyOfRange(v, 0, k);
            b[j] = java.util.Arrays.copyOfRange(v, k, 2 * k);
        }
        double[][] out = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            out[j] = a[j];
            out[n + j] = b[j];
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                out[(2 + i) * n + j] = ab;
            }
        }
        return out;
    }

    /**
     * For a Sobol design: a factor of more than one value that takes the same value in A and in
     * B at every base sample, or -1. Then AB_i equals A and the factor's indices are 0 / 0. It happens when the first
     * points of two Sobol dimensions coincide (8 samples for 4, 5 or 7 factors) or when a short
     * list or integer range maps different points to the same values (two values, 16 samples).
     */
    public int factorSameInAandB() {
        if (type != Type.SOBOL) {
            return -1;
        }
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).values() != null && factors.get(i).values().size() == 1) {
                continue; // a factor of one value is fixed on purpose; its indices are 0, correctly
            }
            boolean same = true;
            for (int j = 0; j < samples && same; j++) {
                same = points.get(j)[i].equals(points.get(samples + j)[i]);
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }

    public Type type() { return type; }
    public List<Factor> factors() { return factors; }
    /** Base samples N (Sobol) or points (Latin hypercube); 0 for a full factorial. */
    public int samples() { return samples; }
    public int size() { return points.size(); }
    public Object[] point(int i) { return points.get(i).clone(); }

    /** For a Sobol design: the matrix a point belongs to (A, B or AB_i with i the factor's key); else empty. */
    public String block(int point) {
        if (type != Type.SOBOL) {
            return "";
        }
        int b = point / samples;
        return b == 0 ? "A" : b == 1 ? "B" : "AB_" + factors.get(b - 2).key();
    }
}
