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
}
