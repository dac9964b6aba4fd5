package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiosim.gui.GuiFixtures.firstDifference;
import static org.regiosim.gui.GuiFixtures.headless;
import static org.regiosim.gui.GuiFixtures.started;
import static org.regiosim.gui.GuiFixtures.values;
import static org.regiosim.gui.GuiFixtures.workshop;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Metric;
import org.regiosim.model.RegioSim;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.scenario.Scenario;

/** The GUI portrays and never changes a run: same numbers as a batch run, also when drawn and switched live. */
class WorkshopGuiTest {

    static final int STEPS = 12;

    @Test
    void aRunInTheGuiGivesTheSameNumbersAsABatchRunEvenWhenDrawnEveryQuarter() throws Exception {
        Scenario s = workshop();
        WorkshopGUI gui = started(s, s.policy());
        for (int i = 0; i < STEPS; i++) {
            assertThat(gui.step()).isTrue();
            BufferedImage img = gui.layers(0).render(gui, 600);
            assertThat(img.getWidth()).isEqualTo(600);
        }
        assertThat(gui.sim(0).currentStep()).isEqualTo(STEPS);
        assertThat(firstDifference(values(gui.sim(0).history()), headless(s, STEPS))).isNull();
    }

    /** In the first year, before any innovation, the innovations chart's axis still reads 0 to 1 and up, not 5E-9. */
    @Test
    void aChartOfZerosHasAReadableAxis() throws Exception {
        WorkshopGUI gui = started(workshop(), "none");
        gui.step();
        org.jfree.data.Range r = gui.charts().chart("innovations").getXYPlot().getRangeAxis().getRange();
        assertThat(r.getLowerBound()).isGreaterThanOrEqualTo(0.0);
        assertThat(r.getLength()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aLivePolicySwitchActsExactlyLikeAScheduledChangeAtThatQuarter() throws Exception {
        Scenario s = workshop();
        WorkshopGUI gui = started(s, "none");
        for (int i = 0; i < 6; i++) {
            gui.step();
        }
        assertThat(gui.livePolicy(0).toString()).isEqualTo("none");
        gui.switchPolicy(0, PolicyMix.parse("cofunding"));
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("cofunding");
        for (int i = 6; i < STEPS; i++) {
            gui.step();
        }
        Scenario scheduled = workshop("policy_changes=6:cofunding");
        assertThat(firstDifference(values(gui.sim(0).history()), headless(scheduled, STEPS))).isNull();
        // ... and the switch made a difference (else this test would prove nothing)
        assertThat(firstDifference(values(gui.sim(0).history()), headless(s, STEPS))).isNotNull();
        assertThat(gui.interventions()).containsExactly("q6: policy -> co-funding");
        assertThat(gui.charts().chart("innovations").getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND))
                .hasSize(1);
    }

    @Test
    void aScheduledPolicyChangeIsMarkedToo() throws Exception {
        WorkshopGUI gui = started(workshop("policy_changes=5:brokerage=0.3,platform=0.7"), "none");
        assertThat(gui.controls().choices()).contains("brokerage=0.3,platform=0.7");
        for (int i = 0; i < 8; i++) {
            gui.step();
        }
        assertThat(gui.interventions()).containsExactly("q5: policy -> brokerage 30% + platform 70% (scheduled)");
        assertThat(gui.controls().getValue(1)).isEqualTo(gui.controls().choices().indexOf("brokerage=0.3,platform=0.7"));
        assertThat(gui.charts().chart("mean_trust").getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND))
                .hasSize(1);
    }

    @Test
    void theComparisonRunsTwoPoliciesInLockstepEachAsItsOwnBatchRun() throws Exception {
        Scenario s = workshop();
        WorkshopGUI gui = started(s, "none", "cofunding");
        for (int i = 0; i < STEPS; i++) {
            gui.step();
        }
        assertThat(gui.sim(0).currentStep()).isEqualTo(STEPS);
        assertThat(gui.sim(1).currentStep()).isEqualTo(STEPS);
        List<double[]> a = values(gui.sim(0).history());
        List<double[]> b = values(gui.sim(1).history());
        assertThat(firstDifference(a, headless(s, STEPS))).isNull();
        assertThat(firstDifference(b, headless(workshop("policy=cofunding"), STEPS))).isNull();
        assertThat(firstDifference(a, b)).as("the policies must make a difference").isNotNull();
        // both runs' curves are in the same charts
        assertThat(gui.charts().series("innovations", 0, Metric.INNOVATIONS).getItemCount()).isEqualTo(STEPS);
        assertThat(gui.charts().series("innovations", 1, Metric.INNOVATIONS).getItemCount()).isEqualTo(STEPS);
        assertThat(gui.charts().series("innovations", 1, Metric.INNOVATIONS).getKey().toString())
                .isEqualTo("all (B)");
    }

    @Test
    void inAComparisonEachRunHasItsOwnLiveAndStartPolicyControls() throws Exception {
        WorkshopGUI gui = started(workshop(), "none", "none");
        WorkshopControls c = gui.controls();
        assertThat(c.getName(1)).isEqualTo("Policy of run A NOW (live)");
        assertThat(c.getName(2)).isEqualTo("Policy of run B NOW (live)");
        assertThat(c.getName(3)).isEqualTo("Policy of run A at start (next run)");
        assertThat(c.getName(4)).isEqualTo("Policy of run B at start (next run)");
        gui.step();
        c.setValue(2, String.valueOf(c.choices().indexOf("trust_building")));
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("none");
        assertThat(gui.sim(1).agency().policy().toString()).isEqualTo("trust_building");
        assertThat(gui.interventions()).containsExactly("q1: run B policy -> trust building");
        c.setValue(3, String.valueOf(c.choices().indexOf("cofunding")));
        gui.finish();
        gui.state.setSeed(1);
        gui.start();
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("cofunding");
        assertThat(gui.sim(1).agency().policy().toString()).isEqualTo("none");
        assertThat(gui.charts().runs()).containsExactly("A: co-funding", "B: no moderation");
    }

    @Test
    void twoRunsUnderTheSamePolicyStayIdenticalSoAnyGapIsThePolicys() throws Exception {
        Scenario s = workshop();
        WorkshopGUI gui = started(s, "none", "none");
        for (int i = 0; i < 8; i++) {
            gui.step();
        }
        assertThat(firstDifference(values(gui.sim(0).history()), values(gui.sim(1).history()))).isNull();
        assertThat(gui.charts().screenSummary().get(0)).contains("A no moderation (solid), B no moderation (dashed)");
        gui.switchPolicy(1, PolicyMix.parse("brokerage"));
        // the summary's first line (and the saved summary's) says which policy runs B now: it said
        // "B no moderation (dashed)" after the switch, only a later line told the truth
        assertThat(gui.charts().screenSummary().get(0))
                .contains("A no moderation (solid), B no moderation, from q8 brokerage (dashed)");
        assertThat(gui.charts().summary().get(0)).contains("B no moderation, from q8 brokerage (dashed)");
        for (int i = 8; i < 16; i++) {
            gui.step();
        }
        List<double[]> a = values(gui.sim(0).history());
        List<double[]> b = values(gui.sim(1).history());
        assertThat(firstDifference(a.subList(0, 8), b.subList(0, 8))).isNull();
        assertThat(firstDifference(a, b)).startsWith("step ");
    }

    @Test
    void slidersActAtTheNextStartAndTheSameSeedRepeatsTheStory() throws Exception {
        Scenario s = workshop();
        WorkshopGUI gui = started(s, "none");
        for (int i = 0; i < 4; i++) {
            gui.step();
        }
        List<double[]> first = values(gui.sim(0).history());
        WorkshopControls c = gui.controls();
        int trustSlider = GuiFixtures.sliderIndex(x -> x.param() == ParameterSchema.INITIAL_TRUST);
        assertThat(c.getName(trustSlider)).contains("Trust at start").contains("(next run)");
        assertThat(c.getDomain(trustSlider)).isInstanceOf(sim.util.Interval.class);
        assertThat(c.setValue(trustSlider, "0.6")).isEqualTo(0.6);
        assertThat(c.pendingChanges()).isEqualTo(1);
        assertThat(gui.sim(0).parameters().real(ParameterSchema.INITIAL_TRUST)).isEqualTo(0.25);
        // the policy drop-down acts at once while the run goes on, and shows mixes as offered
        assertThat(c.getValue(1)).isEqualTo(c.choices().indexOf("none"));
        gui.switchPolicy(0, PolicyMix.parse("brokerage=0.5,cofunding=0.5"));
        assertThat(c.getValue(1)).isEqualTo(c.choices().indexOf("brokerage,cofunding"));
        int liveIndex = c.choices().indexOf("brokerage");
        c.setValue(1, String.valueOf(liveIndex));
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("brokerage");

        gui.finish();
        gui.state.setSeed(s.seed());
        gui.start();
        RegioSim next = gui.sim(0);
        assertThat(next.parameters().real(ParameterSchema.INITIAL_TRUST)).isEqualTo(0.6);
        assertThat(c.pendingChanges()).as("the run started with it: nothing waits any more").isZero();
        assertThat(gui.charts().summary().get(0)).as("the summary says what was changed")
                .contains("changed: Trust at start 0.6 instead of 0.25 (0..1)");
        assertThat(next.agency().policy().toString()).as("a new run starts with its start policy").isEqualTo("none");
        assertThat(gui.interventions()).isEmpty();
        assertThat(gui.charts().series("innovations", 0, Metric.INNOVATIONS).getItemCount()).isZero();

        // back to the scenario's value: the first four quarters repeat exactly
        c.setValue(trustSlider, "0.25");
        gui.finish();
        gui.state.setSeed(s.seed());
        gui.start();
        for (int i = 0; i < 4; i++) {
            gui.step();
        }
        assertThat(firstDifference(values(gui.sim(0).history()), first)).isNull();
    }

    /** Without focus markets, the policies that act only in them are not offered (they would do nothing). */
    @Test
    void focusPoliciesAreNotOfferedWithoutFocusMarkets() {
        WorkshopControls.Host host = new WorkshopControls.Host() {
            @Override public java.util.List<String> runLabels() { return java.util.List.of("A"); }
            @Override public org.regiosim.model.policy.PolicyMix livePolicy(int run) { return null; }
            @Override public void switchPolicy(int run, org.regiosim.model.policy.PolicyMix mix) { }
        };
        org.regiosim.model.params.Parameters none = org.regiosim.model.params.Parameters.defaults()
                .with(org.regiosim.model.params.ParameterSchema.FOCUS_MARKETS, java.util.List.of());
        WorkshopControls without = new WorkshopControls(host, none, java.util.List.of("none"));
        assertThat(without.choices()).contains("none", "brokerage", "brokerage,cofunding")
                .doesNotContain("platform", "smart_specialisation", "brokerage,trust_building,platform");
        WorkshopControls with = new WorkshopControls(host, org.regiosim.model.params.Parameters.defaults(),
                java.util.List.of("none"));
        assertThat(with.choices()).contains("platform", "smart_specialisation");
    }

    /** A run started with --set says so in its description (charts, summary, minutes), not only slider changes. */
    @Test
    void whatWasSetAtLaunchIsNamedInTheRunsDescription() throws Exception {
        List<String> sets = List.of("municipalities.solo_acquisition_multiplier=2.5", "trust.gain=0.1", "scale=0.01",
                "policy_changes=42:trust_building");
        Scenario s = GuiFixtures.workshop(sets.toArray(String[]::new));
        WorkshopGUI gui = new WorkshopGUI(s, List.of("none"), new WorkshopGUI.Options(RegionView.DEFAULT_MAX_FIRMS, 900, sets));
        gui.state.setSeed(s.seed());
        gui.start();
        assertThat(gui.charts().summary().get(0))
                .contains("set at launch: Solo acquisition multiplier (rivalry of municipalities) 2.5 (times")
                .contains("trust.gain=0.1")
                .doesNotContain("scale=0.01").doesNotContain("policy_changes");
        WorkshopGUI plain = GuiFixtures.started(GuiFixtures.workshop(), "none");
        assertThat(plain.charts().summary().get(0)).doesNotContain("set at launch");
        gui.finish();
        plain.finish();
    }

    /**
     * The minutes' command line names the policies the run started with, not those chosen for the
     * next start after it stopped (the summary's first line above it names the run's).
     */
    @Test
    void theMinutesCommandLineNamesThePoliciesTheRunStartedWith() throws Exception {
        WorkshopGUI gui = GuiFixtures.started(GuiFixtures.workshop(), "none", "brokerage");
        gui.step();
        gui.finish();
        WorkshopControls c = gui.controls();
        // run B's policy at start for the next run (property 1 + runs + 1)
        c.setValue(4, String.valueOf(c.choices().indexOf("trust_building")));
        assertThat(c.startPolicy(1)).isEqualTo("trust_building");
        assertThat(WorkshopExport.commandLinePolicies(gui)).isEqualTo("Policies for the command line: --compare 'none;brokerage'");
        assertThat(WorkshopExport.minutesSummary(gui).get(0)).contains("B brokerage (dashed)");
    }
}
