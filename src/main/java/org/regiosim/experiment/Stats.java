package org.regiosim.experiment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics of experiments, from Commons Math where it has them. All functions skip NaN
 * ("not available") values and return NaN where a statistic is undefined (too few values, no
 * variance).
 */
public final class Stats {

    public static final double CONFIDENCE = 0.95;

    private Stats() {
    }

    /** Descriptive summary of one sample. Quantiles as R's default quantile(type = 7) and pandas. */
    public record Summary(int n, int missing, double mean, double sd, double ciLow, double ciHigh, double median,
                          double q1, double q3, double min, double max) {
    }

    /** One arm against the baseline arm. */
    public record Comparison(double baselineMean, double armMean, double difference, double diffLow,
                             double diffHigh, double welchP, double mannWhitneyP, double hedgesG) {
    }

    /** The values that are not NaN. */
    public static double[] available(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    public static Summary summarise(double[] raw) {
        double[] x = available(raw);
        int n = x.length;
        int missing = raw.length - n;
        if (n == 0) {
            double na = Double.NaN;
            return new Summary(0, missing, na, na, na, na, na, na, na, na, na);
        }
        DescriptiveStatistics d = new DescriptiveStatistics(x);
        d.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_7));
        double mean = d.getMean();
        double sd = n > 1 ? cleanSd(d.getStandardDeviation(), mean) : Double.NaN;
        double half = halfWidth(sd, n);
        return new Summary(n, missing, mean, sd, mean - half, mean + half, d.getPercentile(50), d.getPercentile(25),
                d.getPercentile(75), d.getMin(), d.getMax());
    }

    /** Half width of the t-based 95% confidence interval of a mean; NaN for fewer than 2 values. */
    public static double halfWidth(double sd, long n) {
        if (n < 2 || Double.isNaN(sd)) {
            return Double.NaN;
        }
        return tQuantile(n - 1) * sd / Math.sqrt(n);
    }

    /** The 97.5% quantile of Student's t with df degrees of freedom. */
    public static double tQuantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }

    /**
     * Arm against baseline: difference of means (arm - baseline) with its Welch 95% CI, the Welch
     * t-test and Mann-Whitney U-test two-sided p-values (unadjusted) and Hedges' g (bias-corrected
     * standardised mean difference, pooled SD).
     */
    public static Comparison compare(double[] baselineRaw, double[] armRaw) {
        double[] b = available(baselineRaw);
        double[] a = available(armRaw);
        double na = Double.NaN;
        double mb = b.length == 0 ? na : mean(b);
        double ma = a.length == 0 ? na : mean(a);
        if (a.length < 2 || b.length < 2) {
            return new Comparison(mb, ma, ma - mb, na, na, na, na, na);
        }
        double va = sq(cleanSd(Math.sqrt(variance(a)), ma));
        double vb = sq(cleanSd(Math.sqrt(variance(b)), mb));
        double diff = ma - mb;
        double se2 = va / a.length + vb / b.length;
        double low = na;
        double high = na;
        double welch = na;
        if (se2 > 0) {
            double df = se2 * se2 / (sq(va / a.length) / (a.length - 1) + sq(vb / b.length) / (b.length - 1));
            double half = tQuantile(df) * Math.sqrt(se2);
            low = diff - half;
            high = diff + half;
            welch = va > 0 && vb > 0 ? new TTest().tTest(a, b) : welchP(diff / Math.sqrt(se2), df);
        }
        double mw = mannWhitneyP(a, b);
        int nn = a.length + b.length;
        double pooled = Math.sqrt(((a.length - 1) * va + (b.length - 1) * vb) / (nn - 2));
        double g = pooled > 0 ? (1 - 3.0 / (4.0 * nn - 9)) * diff / pooled : na;
        return new Comparison(mb, ma, diff, low, high, welch, mw, g);
    }

    /**
     * Two-sided p-value of the Mann-Whitney U test, normal approximation with the tie correction
     * of the variance and no continuity correction (SciPy's {@code mannwhitneyu(method='asymptotic',
     * use_continuity=False)}). Values are ranked after rounding to 12 significant digits: averages
     * that are equal but summed in another order (0.4999999999999999 and 0.5) are ties, as they
     * are for anyone who recomputes from the CSV files. 1 when every value is the same.
     */
    static double mannWhitneyP(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        int n = n1 + n2;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = roundForRanking(i < n1 ? a[i] : b[i - n1]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double rankSumA = 0;
        double tieTerm = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && v[order[end + 1]] == v[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (order[k] < n1) {
                    rankSumA += averageRank;
                }
            }
            double t = end - start + 1;
            tieTerm += t * t * t - t;
            start = end + 1;
        }
        double u = rankSumA - n1 * (n1 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2.0;
        double variance = n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        if (variance <= 0) {
            return 1.0;
        }
        double z = Math.abs(u - mean) / Math.sqrt(variance);
        return Math.min(1.0, 2.0 * new NormalDistribution().cumulativeProbability(-z));
    }

    private static double roundForRanking(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
    }

    /** A paired comparison: the mean of per-replication differences (arm - baseline). */
    public record Paired(int n, double meanDifference, double low, double high, double p) {
    }

    /**
     * Paired comparison over the replications where both values are available (common random
     * numbers pair replication i of both arms): mean difference with its t-based 95% CI and the
     * paired t-test p-value (Commons Math TTest.pairedTTest). NaN where undefined (fewer than
     * 2 pairs, or the same difference in every pair).
     */
    public static Paired paired(double[] baseline, double[] arm) {
        int len = Math.min(baseline.length, arm.length);
        double[] b = new double[len];
        double[] a = new double[len];
        double[] d = new double[len];
        int n = 0;
        for (int i = 0; i < len; i++) {
            if (!Double.isNaN(baseline[i]) && !Double.isNaN(arm[i])) {
                b[n] = baseline[i];
                a[n] = arm[i];
                d[n] = arm[i] - baseline[i];
                n++;
            }
        }
        double na = Double.NaN;
        if (n == 0) {
            return new Paired(0, na, na, na, na);
        }
        double[] dd = java.util.Arrays.copyOf(d, n);
        double mean = mean(dd);
        if (n < 2) {
            return new Paired(n, mean, na, na, na);
        }
        double sd = cleanSd(Math.sqrt(variance(dd)), Math.max(Math.abs(mean(java.util.Arrays.copyOf(a, n))),
                Math.abs(mean(java.util.Arrays.copyOf(b, n)))));
        if (sd == 0) {
            return new Paired(n, mean, na, na, na);
        }
        double half = halfWidth(sd, n);
        double p = new TTest().pairedTTest(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n));
        return new Paired(n, mean, mean - half, mean + half, p);
    }

    /**
     * Holm's step-down adjustment of a family of p-values (NaN entries are not tests and stay
     * NaN): sort ascending, multiply the i-th smallest (from 0) by (m - i), make the sequence
     * non-decreasing, cap at 1. Same as R's p.adjust(p, "holm").
     */
    public static double[] holm(double[] p) {
        int[] idx = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        int m = idx.length;
        double running = 0;
        for (int r = 0; r < m; r++) {
            double adj = Math.min(1.0, (m - r) * p[idx[r]]);
            running = Math.max(running, adj);
            out[idx[r]] = running;
        }
        return out;
    }

    /**
     * A standard deviation that is only rounding noise (below 1e-10 of the mean's magnitude, as
     * when a constant like 500000 EUR is summed from fractions) is zero.
     */
    static double cleanSd(double sd, double mean) {
        return sd <= 1e-10 * Math.abs(mean) ? 0 : sd;
    }

    /** Two-sided p-value of a t statistic. */
    static double welchP(double t, double df) {
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Sample variance (n - 1). */
    public static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += sq(v - m);
        }
        return s / (x.length - 1);
    }

    private static double sq(double v) {
        return v * v;
    }
}
