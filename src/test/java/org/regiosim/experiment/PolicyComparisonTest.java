package org.regiosim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.scenario.Scenario;
import org.regiosim.scenario.ScenarioLoader;

class PolicyComparisonTest {

    static Scenario tiny() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/ruhr-baseline.yaml"), List.of("scale=0.01", "steps=8"));
    }

    static List<Arm> arms(String... policies) throws Exception {
        Scenario s = tiny();
        List<Arm> arms = new ArrayList<>();
        for (String p : policies) {
            arms.add(new Arm(arms.size(), p, s.withParameters(s.parameters().with(ParameterSchema.POLICY, p))));
        }
        return arms;
    }

    @Test
    void fingerprintFollowsTheRegionsDataNotWhereItsFilesLie(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path a = copyScenario(tmp.resolve("a"));
        Path b = copyScenario(tmp.resolve("elsewhere/b"));
        String fa = fingerprintOf(a);
        assertThat(fingerprintOf(b)).as("the same data in another directory").isEqualTo(fa);
        Path csv = b.resolveSibling("data/ruhr-municipalities.csv");
        List<String> rows = new ArrayList<>(java.nio.file.Files.readAllLines(csv));
        rows.set(1, rows.get(1).replaceFirst(",(\\d)", ",1$1")); // one municipality's population changes
        java.nio.file.Files.write(csv, rows);
        assertThat(fingerprintOf(b)).as("edited region data").isNotEqualTo(fa);
    }

    private static Path copyScenario(Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("data"));
        for (String f : List.of("ruhr-municipalities.csv", "ruhr-universities.csv")) {
            java.nio.file.Files.copy(Path.of("scenarios/data", f), dir.resolve("data").resolve(f));
        }
        return java.nio.file.Files.copy(Path.of("scenarios/ruhr-baseline.yaml"), dir.resolve("ruhr-baseline.yaml"));
    }

    private static String fingerprintOf(Path scenario) throws Exception {
        Scenario s = ScenarioLoader.load(scenario, List.of("scale=0.01"));
        return new PolicyComparison(List.of(new Arm(0, "none", s)), 3, 1).fingerprint("test");
    }

    @Test
    void commonRandomNumbersSameSeedPerReplicationInEveryArm() throws Exception {
        PolicyComparison c = new PolicyComparison(arms("none", "brokerage", "cofunding"), 4, 100);
        List<PolicyComparison.Run> seen = new ArrayList<>();
        c.execute(2, (run, history) -> seen.add(run));
        assertThat(seen).extracting(PolicyComparison.Run::runId).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        for (PolicyComparison.Run r : seen) {
            assertThat(r.seed()).isEqualTo(100 + r.replication());
            assertThat(r.arm().index()).isEqualTo(r.runId() / 4);
        }
        assertThat(c.seeds()).containsExactly(100L, 101L, 102L, 103L);
    }

    @Test
    void identicalArmsWithCommonSeedsGiveIdenticalOutcomes() throws Exception {
        // Two arms with the same policy differ only by label: with common random numbers every
        // replication must agree exactly, and the tests must find no difference at all.
        PolicyComparison c = new PolicyComparison(arms("none", "none "), 3, 7);
        c.execute(2, null);
        Arm a = c.arms().get(0);
        Arm b = c.arms().get(1);
        assertThat(c.values(b, Metric.INNOVATIONS, Measure.TOTAL)).containsExactly(c.values(a, Metric.INNOVATIONS, Measure.TOTAL));
        assertThat(c.tests()).allMatch(PolicyComparison.TestRow::identical)
                .allMatch(t -> !(t.welchHolm() < 0.05));
        // ...while different replications (seeds) within an arm differ.
        double[] v = c.values(a, Metric.TRANSACTION_COSTS, Measure.TOTAL);
        assertThat(v[0]).isNotEqualTo(v[1]);
    }

    @Test
    void resultsDoNotDependOnThreadCount() throws Exception {
        List<String> one = new ArrayList<>();
        List<String> three = new ArrayList<>();
        new PolicyComparison(arms("none", "brokerage"), 3, 1).execute(1, (r, h) -> one.add(r.runId() + ":" + h));
        new PolicyComparison(arms("none", "brokerage"), 3, 1).execute(3, (r, h) -> three.add(r.runId() + ":" + h));
        assertThat(three).isEqualTo(one);
    }

    @Test
    void outcomesAndBandsMatchTheRunsTheyCameFrom() throws Exception {
        PolicyComparison c = new PolicyComparison(arms("none"), 3, 5);
        List<List<StepMetrics>> histories = new ArrayList<>();
        c.execute(2, (r, h) -> histories.add(h));
        double[] totals = c.values(c.arms().get(0), Metric.INNOVATIONS, Measure.TOTAL);
        double[] finals = c.values(c.arms().get(0), Metric.FIRMS, Measure.FINAL);
        for (int rep = 0; rep < 3; rep++) {
            double sum = 0;
            for (StepMetrics m : histories.get(rep)) {
                sum += m.get(Metric.INNOVATIONS);
            }
            assertThat(totals[rep]).isEqualTo(sum);
            assertThat(finals[rep]).isEqualTo(histories.get(rep).get(7).get(Metric.FIRMS));
        }
        PolicyComparison.Band band = c.band(c.arms().get(0), Metric.FIRMS);
        double mean = 0;
        for (int rep = 0; rep < 3; rep++) {
            mean += histories.get(rep).get(5).get(Metric.FIRMS) / 3;
        }
        assertThat(band.mean()[5]).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(band.low()[5]).isLessThanOrEqualTo(band.mean()[5]);
        assertThat(band.high()[5]).isGreaterThanOrEqualTo(band.mean()[5]);
    }

    @Test
    void noTotalsOfLevels() {
        assertThat(Measure.TOTAL.appliesTo(Metric.INNOVATIONS)).isTrue();
        assertThat(Measure.TOTAL.appliesTo(Metric.MEAN_TRUST)).isFalse();
        assertThat(Measure.TOTAL.appliesTo(Metric.COOPERATION_RATE)).isFalse();
        assertThat(Measure.overRun(Metric.COOPERATION_RATE)).isEqualTo(Measure.AVERAGE);
        assertThat(Measure.TOTAL.unitOf(Metric.TRANSACTION_COSTS)).isEqualTo("EUR over the run");
        // costs per innovation over the run: the run's costs over its innovations
        assertThat(Measure.overRun(Metric.TRANSACTION_COSTS_PER_INNOVATION)).isEqualTo(Measure.TOTAL);
        assertThat(Measure.TOTAL.unitOf(Metric.TRANSACTION_COSTS_PER_INNOVATION))
                .isEqualTo("EUR per innovation over the run (totals)");
    }

    /**
     * The costs per innovation of a run are all its costs over all its innovations: the costs of
     * quarters without innovations (the first ones, a centre's founding) count too, which a mean
     * of the quarters' ratios leaves out.
     */
    @Test
    void costsPerInnovationOverARunAreTheRatioOfItsTotals() {
        double[] q = new double[Metric.count()];
        RunOutcome o = new RunOutcome();
        q[Metric.TRANSACTION_COSTS.ordinal()] = 1000;
        q[Metric.MODERATION_COSTS.ordinal()] = 500;
        q[Metric.AGENCY_SPENDING_ON_PROJECTS.ordinal()] = 200;
        q[Metric.INNOVATIONS.ordinal()] = 0;
        q[Metric.TRANSACTION_COSTS_PER_INNOVATION.ordinal()] = Double.NaN;
        q[Metric.COSTS_PER_INNOVATION_WITH_AGENCY.ordinal()] = Double.NaN;
        o.add(org.regiosim.model.StepMetrics.of(0, q.clone()));
        q[Metric.TRANSACTION_COSTS.ordinal()] = 300;
        q[Metric.MODERATION_COSTS.ordinal()] = 0;
        q[Metric.AGENCY_SPENDING_ON_PROJECTS.ordinal()] = 0;
        q[Metric.INNOVATIONS.ordinal()] = 4;
        q[Metric.TRANSACTION_COSTS_PER_INNOVATION.ordinal()] = 75;
        q[Metric.COSTS_PER_INNOVATION_WITH_AGENCY.ordinal()] = 75;
        o.add(org.regiosim.model.StepMetrics.of(1, q.clone()));
        assertThat(o.value(Metric.TRANSACTION_COSTS_PER_INNOVATION, Measure.TOTAL)).isEqualTo(1300.0 / 4);
        assertThat(o.value(Metric.COSTS_PER_INNOVATION_WITH_AGENCY, Measure.TOTAL)).isEqualTo(2000.0 / 4);
        assertThat(o.value(Metric.TRANSACTION_COSTS_PER_INNOVATION, Measure.AVERAGE)).isEqualTo(75.0);
    }

    /**
     * tests.csv and summary.csv, read back by column name, against numbers computed here from the
     * runs' values: means, Welch's p (Commons Math), Holm's adjustment over each family of arms,
     * the paired interval around the difference, and the order of quartiles and CI.
     */
    @Test
    void theTablesHoldWhatTheirColumnsNameRecomputedIndependently(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        PolicyComparison c = new PolicyComparison(armsOf(12, "none", "brokerage", "trust_building", "cofunding"), 5, 3);
        c.execute(2, (run, history) -> { });
        Path tests = tmp.resolve("tests.csv");
        Path summary = tmp.resolve("summary.csv");
        org.regiosim.output.ComparisonTables.writeTests(tests, c);
        org.regiosim.output.ComparisonTables.writeSummary(summary, c);

        List<java.util.Map<String, String>> rows = read(tests);
        java.util.Map<String, List<java.util.Map<String, String>>> families = new java.util.LinkedHashMap<>();
        int welchChecked = 0;
        int holmRaised = 0;
        for (java.util.Map<String, String> r : rows) {
            Metric m = Metric.valueOf(r.get("metric").toUpperCase(java.util.Locale.ROOT));
            Measure ms = Measure.fromKey(r.get("measure"));
            Arm arm = c.arms().stream().filter(a -> a.label().equals(r.get("arm"))).findFirst().orElseThrow();
            double[] b = Stats.available(c.values(c.arms().get(0), m, ms));
            double[] a = Stats.available(c.values(arm, m, ms));
            if (b.length > 0 && a.length > 0) {
                assertThat(num(r, "baseline_mean")).as(r.toString()).isCloseTo(mean(b), tol(mean(b)));
                assertThat(num(r, "arm_mean")).as(r.toString()).isCloseTo(mean(a), tol(mean(a)));
                assertThat(num(r, "difference")).isCloseTo(mean(a) - mean(b), tol(mean(a) - mean(b)));
            }
            if (a.length > 1 && b.length > 1 && variance(a) > 1e-9 * (1 + mean(a) * mean(a))
                    && variance(b) > 1e-9 * (1 + mean(b) * mean(b))) {
                double p = new org.apache.commons.math3.stat.inference.TTest().tTest(a, b);
                assertThat(num(r, "welch_p")).as(r.toString()).isCloseTo(p, org.assertj.core.api.Assertions.within(1e-8 + 1e-8 * p));
                welchChecked++;
            }
            // the paired interval lies around the mean paired difference, arm minus baseline (same seeds, no NA)
            if (a.length == 5 && b.length == 5 && !Double.isNaN(num(r, "paired_difference_ci95_low"))) {
                double mid = (num(r, "paired_difference_ci95_low") + num(r, "paired_difference_ci95_high")) / 2;
                assertThat(mid).as("paired interval of " + r).isCloseTo(num(r, "difference"),
                        org.assertj.core.api.Assertions.within(1e-6 * (1 + Math.abs(num(r, "difference")))));
            }
            families.computeIfAbsent(r.get("metric") + "/" + r.get("measure"), k -> new ArrayList<>()).add(r);
        }
        assertThat(welchChecked).as("rows where Welch's test applies").isGreaterThan(40);
        for (List<java.util.Map<String, String>> family : families.values()) {
            for (String test : List.of("welch_p", "mann_whitney_p", "paired_t_p")) {
                double[] raw = family.stream().mapToDouble(r -> num(r, test)).toArray();
                if (java.util.Arrays.stream(raw).anyMatch(Double::isNaN)) {
                    continue;
                }
                double[] holm = holm(raw);
                for (int i = 0; i < raw.length; i++) {
                    double given = num(family.get(i), test + "_holm");
                    assertThat(given).as(test + "_holm of " + family.get(i)).isCloseTo(holm[i],
                            org.assertj.core.api.Assertions.within(1e-8 + 1e-7 * holm[i]));
                    holmRaised += given > raw[i] * (1 + 1e-9) ? 1 : 0;
                }
            }
        }
        assertThat(holmRaised).as("adjusted p-values above their raw ones").isGreaterThan(10);

        for (java.util.Map<String, String> r : read(summary)) {
            if (Double.isNaN(num(r, "mean"))) {
                continue;
            }
            assertThat(num(r, "q1")).as(r.toString()).isLessThanOrEqualTo(num(r, "median"));
            assertThat(num(r, "median")).as(r.toString()).isLessThanOrEqualTo(num(r, "q3"));
            assertThat(num(r, "min")).isLessThanOrEqualTo(num(r, "q1"));
            assertThat(num(r, "q3")).isLessThanOrEqualTo(num(r, "max"));
            if (!Double.isNaN(num(r, "ci95_low"))) {
                assertThat(num(r, "ci95_low")).as(r.toString()).isLessThanOrEqualTo(num(r, "mean"));
                assertThat(num(r, "mean")).isLessThanOrEqualTo(num(r, "ci95_high"));
            }
        }
    }

    private static List<Arm> armsOf(int steps, String... policies) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/ruhr-baseline.yaml"), List.of("scale=0.01", "steps=" + steps));
        List<Arm> arms = new ArrayList<>();
        for (String p : policies) {
            arms.add(new Arm(arms.size(), p, s.withParameters(s.parameters().with(ParameterSchema.POLICY, p))));
        }
        return arms;
    }

    private static List<java.util.Map<String, String>> read(Path csv) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], f[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double num(java.util.Map<String, String> r, String column) {
        String v = r.get(column);
        return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }

    /** Agreement to the CSV's 10 significant digits. */
    private static org.assertj.core.data.Offset<Double> tol(double expected) {
        return org.assertj.core.api.Assertions.within(1e-8 * Math.abs(expected) + 1e-9);
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double variance(double[] v) {
        double m = mean(v);
        return java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1);
    }

    /** Holm's step-down adjustment, as R's p.adjust(p, "holm"). */
    private static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double[] adj = new double[p.length];
        double running = 0;
        for (int rank = 0; rank < p.length; rank++) {
            running = Math.max(running, Math.min(1.0, (p.length - rank) * p[order[rank]]));
            adj[order[rank]] = running;
        }
        return adj;
    }
}
