package org.regiosim.experiment;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

import ec.util.MersenneTwisterFast;

/**
 * Variance-based sensitivity indices from a Saltelli sample (Saltelli et al. 2010, Computer
 * Physics Communications 181:259, table 2):
 * <ul>
 * <li>first order S_i = mean_j[ f(B)_j (f(AB_i)_j - f(A)_j) ] / V (Saltelli 2010, eq. (b)), with f
 * centred on the mean of all f(A) and f(B) values first: the same estimate in expectation (the
 * mean of f(AB_i) - f(A) is zero) but far less variance when the output's mean is large against
 * its spread (SALib standardises for the same reason);</li>
 * <li>total ST_i = mean_j[ (f(A)_j - f(AB_i)_j)^2 ] / (2 V) (Jansen 1999, eq. (f));</li>
 * </ul>
 * with V the variance of all f(A) and f(B) values. Confidence intervals: percentile bootstrap
 * over the N base rows, resampled with a MersenneTwisterFast seeded with the experiment's seed.
 * Rows with a missing value (NaN) in any of their k + 2 outputs are left out.
 */
public final class SobolAnalysis {

    /** An index with its bootstrap 95% interval. */
    public record Index(double estimate, double low, double high) {
    }

    /** The indices of one factor. */
    public record Result(int factor, Index firstOrder, Index total) {
    }

    private SobolAnalysis() {
    }

    /**
     * @param y outputs in design order: N rows of A, N of B, then N of each AB_i
     * @param k number of factors
     * @param bootstrap resamples for the intervals (0: no intervals)
     */
    public static List<Result> analyse(double[] y, int k, int bootstrap, long seed) {
        int n = y.length / (k + 2);
        if (n * (k + 2) != y.length) {
            throw new IllegalArgumentException("output length " + y.length + " is not a multiple of k + 2 = " + (k + 2));
        }
        // keep rows where every output is available
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int b = 0; b < k + 2; b++) {
                ok &= !Double.isNaN(y[b * n + j]);
            }
            if (ok) {
                rows.add(j);
            }
        }
        int m = rows.size();
        double[] a = new double[m];
        double[] bb = new double[m];
        double[][] ab = new double[k][m];
        for (int r = 0; r < m; r++) {
            int j = rows.get(r);
            a[r] = y[j];
            bb[r] = y[n + j];
            for (int i = 0; i < k; i++) {
                ab[i][r] = y[(2 + i) * n + j];
            }
        }
        int[] identity = new int[m];
        for (int r = 0; r < m; r++) {
            identity[r] = r;
        }
        double[][] point = estimates(a, bb, ab, identity);
        double[][][] boot = new double[k][2][bootstrap];
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        int[] idx = new int[m];
        for (int s = 0; s < bootstrap; s++) {
            for (int r = 0; r < m; r++) {
                idx[r] = rng.nextInt(m);
            }
            double[][] e = estimates(a, bb, ab, idx);
            for (int i = 0; i < k; i++) {
                boot[i][0][s] = e[i][0];
                boot[i][1][s] = e[i][1];
            }
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new Result(i, index(point[i][0], boot[i][0]), index(point[i][1], boot[i][1])));
        }
        return out;
    }

    /** Number of base rows with every output available. */
    public static int usableRows(double[] y, int k) {
        int n = y.length / (k + 2);
        int count = 0;
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int b = 0; b < k + 2; b++) {
                ok &= !Double.isNaN(y[b * n + j]);
            }
            count += ok ? 1 : 0;
        }
        return count;
    }

    /** [factor][0 = first order, 1 = total] over the rows idx. */
    static double[][] estimates(double[] a, double[] b, double[][] ab, int[] idx) {
        int m = idx.length;
        int k = ab.length;
        double[][] out = new double[k][2];
        if (m < 2) {
            for (double[] o : out) {
                o[0] = Double.NaN;
                o[1] = Double.NaN;
            }
            return out;
        }
        double mean = 0;
        for (int j : idx) {
            mean += a[j] + b[j];
        }
        mean /= 2.0 * m;
        double v = 0;
        for (int j : idx) {
            v += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
        }
        v /= 2.0 * m;
        for (int i = 0; i < k; i++) {
            double s1 = 0;
            double st = 0;
            for (int j : idx) {
                s1 += (b[j] - mean) * (ab[i][j] - a[j]);
                double d = a[j] - ab[i][j];
                st += d * d;
            }
            out[i][0] = v > 0 ? s1 / m / v : Double.NaN;
            out[i][1] = v > 0 ? st / (2.0 * m) / v : Double.NaN;
        }
        return out;
    }

    private static Index index(double estimate, double[] boot) {
        double[] x = java.util.Arrays.stream(boot).filter(d -> !Double.isNaN(d)).toArray();
        if (x.length < 2) {
            return new Index(estimate, Double.NaN, Double.NaN);
        }
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(x);
        return new Index(estimate, p.evaluate(2.5), p.evaluate(97.5));
    }
}
