package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Sobol estimators on the Ishigami function, whose indices are known analytically. */
class SobolAnalysisTest {

    static final double A = 7;
    static final double B = 0.1;

    static double ishigami(double x1, double x2, double x3) {
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        // Analytic (Ishigami and Homma 1990; Sobol' and Levitan 1999):
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        // the published values, to guard the formulas above: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437)
        assertThat(s1[0]).isCloseTo(0.3139, within(1e-4));
        assertThat(st[2]).isCloseTo(0.2437, within(1e-4));

        int n = 4096;
        double[][] u = Design.saltelli(3, n);
        double[] y = new double[u.length];
        for (int r = 0; r < u.length; r++) {
            y[r] = ishigami(-Math.PI + 2 * Math.PI * u[r][0], -Math.PI + 2 * Math.PI * u[r][1],
                    -Math.PI + 2 * Math.PI * u[r][2]);
        }
        List<SobolAnalysis.Result> res = SobolAnalysis.analyse(y, 3, 300, 42);
        for (int i = 0; i < 3; i++) {
            SobolAnalysis.Result r = res.get(i);
            assertThat(r.firstOrder().estimate()).as("S%d", i + 1).isCloseTo(s1[i], within(0.03));
            assertThat(r.total().estimate()).as("ST%d", i + 1).isCloseTo(st[i], within(0.03));
            assertThat(r.firstOrder().low()).isLessThan(r.firstOrder().estimate() + 1e-12);
            assertThat(r.firstOrder().high()).isGreaterThan(r.firstOrder().estimate() - 1e-12);
            // the intervals are informative: narrower than 0.15 at N = 4096
            assertThat(r.total().high() - r.total().low()).isLessThan(0.15).isGreaterThan(0);
        }
        // x3 acts only through its interaction with x1: first order near 0, total clearly above
        assertThat(res.get(2).total().low()).isGreaterThan(0.15);
    }

    @Test
    void bootstrapIsDeterministicForASeed() {
        double[][] u = Design.saltelli(3, 256);
        double[] y = new double[u.length];
        for (int r = 0; r < u.length; r++) {
            y[r] = ishigami(-Math.PI + 2 * Math.PI * u[r][0], -Math.PI + 2 * Math.PI * u[r][1],
                    -Math.PI + 2 * Math.PI * u[r][2]);
        }
        assertThat(SobolAnalysis.analyse(y, 3, 100, 7)).isEqualTo(SobolAnalysis.analyse(y, 3, 100, 7));
        assertThat(SobolAnalysis.analyse(y, 3, 100, 7)).isNotEqualTo(SobolAnalysis.analyse(y, 3, 100, 8));
    }

    @Test
    void saltelliMatricesShareColumnsAsDefined() {
        int n = 8;
        double[][] u = Design.saltelli(2, n);
        assertThat(u).hasNumberOfRows(n * 4);
        for (int j = 0; j < n; j++) {
            // AB_1: column 0 from B, column 1 from A
            assertThat(u[2 * n + j][0]).isEqualTo(u[n + j][0]);
            assertThat(u[2 * n + j][1]).isEqualTo(u[j][1]);
            assertThat(u[3 * n + j][1]).isEqualTo(u[n + j][1]);
            assertThat(u[3 * n + j][0]).isEqualTo(u[j][0]);
        }
    }

    @Test
    void aPowerOfTwoOfSobolRowsFillsEveryStratumOfEveryColumnOnce() {
        // Before, the design skipped the first two points and left two of 32 strata empty.
        int n = 32;
        int k = 3;
        double[][] u = Design.saltelli(k, n);
        for (int block = 0; block < 2; block++) { // A, then B
            for (int d = 0; d < k; d++) {
                boolean[] seen = new boolean[n];
                for (int j = 0; j < n; j++) {
                    int stratum = (int) Math.floor(u[block * n + j][d] * n);
                    assertThat(seen[stratum]).as("block %d, column %d, stratum %d", block, d, stratum).isFalse();
                    seen[stratum] = true;
                }
            }
        }
    }

    @Test
    void latinHypercubeUsesEveryStratumOnceInEveryDimension() {
        double[][] u = Design.latinHypercube(3, 10, 5);
        for (int d = 0; d < 3; d++) {
            boolean[] seen = new boolean[10];
            for (double[] row : u) {
                int s = (int) Math.floor(row[d] * 10);
                assertThat(seen[s]).isFalse();
                seen[s] = true;
            }
        }
        assertThat(Design.latinHypercube(3, 10, 5)).isDeepEqualTo(u);
    }
}
