package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiosim.gui.GuiFixtures.started;
import static org.regiosim.gui.GuiFixtures.workshop;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Rectangle;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import sim.util.gui.PropertyField;

/** With large fonts in a narrow window every control stays in sight: rows wrap, nothing needs horizontal scrolling. */
class ControlsLayoutTest {

    @AfterEach
    void normalFonts() {
        Style.setFontScale(1.0);
        ChartsFrame.applyUiFonts(1.0);
    }

    /** Lays out a component tree as a window would (headless: there is no window to validate). */
    static void layOut(Component c) {
        if (c instanceof Container k) {
            k.doLayout();
            for (Component child : k.getComponents()) {
                layOut(child);
            }
        }
    }

    /** True if {@code c} lies inside its ancestor {@code top}'s width. */
    static boolean insideWidth(Component c, Component top) {
        Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), top);
        return r.x >= 0 && r.x + r.width <= top.getWidth();
    }

    @Test
    void theModelTabStacksEachControlUnderItsNameAndNeverScrollsSideways() throws Exception {
        Style.setFontScale(ChartsFrame.LARGE);
        ChartsFrame.applyUiFonts(ChartsFrame.LARGE);
        WorkshopGUI gui = started(workshop(), "none", "trust_building");
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        JScrollPane scroll = new JScrollPane(inspector);
        // a third of a 1920 pixel screen, less the Console's border, at 1.6 times the font size
        scroll.setSize(600, 500);
        for (int pass = 0; pass < 3; pass++) {
            layOut(scroll); // wrapped names settle their height in the second pass
        }
        assertThat(inspector.getWidth()).as("the controls as wide as the tab").isEqualTo(scroll.getViewport().getWidth());
        assertThat(scroll.getHorizontalScrollBar().isVisible()).isFalse();
        assertThat(inspector.getHeight()).as("taller than the tab: it scrolls vertically").isGreaterThan(500);
        WorkshopControls c = gui.controls();
        int sliders = 0;
        for (int i = 1; i < c.numProperties(); i++) {
            assertThat(inspector.name(i)).isEqualTo(c.getName(i));
            PropertyField f = inspector.widget(i);
            assertThat(insideWidth(f, inspector)).as(c.getName(i)).isTrue();
            assertThat(f.getWidth()).as("room for " + c.getName(i)).isGreaterThan(400);
            JComboBox<?> box = ControlsInspector.find(f, JComboBox.class);
            JSlider slider = ControlsInspector.find(f, JSlider.class);
            if (i <= 4) {
                assertThat(box).as(c.getName(i)).isNotNull();
                assertThat(box.getWidth()).as("the policy box reads the whole name").isGreaterThanOrEqualTo(
                        box.getPreferredSize().width);
            } else {
                assertThat(slider).as(c.getName(i)).isNotNull();
                assertThat(slider.getWidth()).as("a slider to grab: " + c.getName(i)).isGreaterThan(200);
                assertThat(insideWidth(slider, inspector)).isTrue();
                sliders++;
            }
        }
        assertThat(sliders).isEqualTo(WorkshopControls.SLIDERS.size());
        // the value box shows the slider's value in plain digits
        int budget = 1 + 4 + WorkshopControls.SLIDERS.indexOf(WorkshopControls.SLIDERS.stream()
                .filter(s -> s.name().equals("Agency budget")).findFirst().orElseThrow());
        assertThat(inspector.widget(budget).getValue()).isEqualTo("10000000");
        // a name longer than the tab wraps onto a second line instead of pushing its control aside
        Component longest = null;
        for (Component k : inspector.getComponents()) {
            if (k instanceof ControlsInspector.WrappingLabel l && (longest == null || l.getText().length()
                    > ((ControlsInspector.WrappingLabel) longest).getText().length())) {
                longest = k;
            }
        }
        assertThat(longest.getWidth()).isLessThanOrEqualTo(inspector.getWidth());
        assertThat(longest.getHeight()).as("wrapped: " + ((ControlsInspector.WrappingLabel) longest).getText())
                .isGreaterThan(longest.getFontMetrics(longest.getFont()).getHeight() * 3 / 2);
    }

    @Test
    void changingASliderDoesNotScrollTheModelTabBackToTheTop() throws Exception {
        WorkshopGUI gui = started(workshop(), "none");
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        JScrollPane scroll = new JScrollPane(inspector);
        scroll.setSize(400, 300);
        for (int pass = 0; pass < 3; pass++) {
            layOut(scroll);
        }
        int last = gui.controls().numProperties() - 1;
        java.awt.Point bottom = new java.awt.Point(0, inspector.getHeight() - 300);
        scroll.getViewport().setViewPosition(bottom);
        SwingUtilities.invokeAndWait(() -> {
            inspector.widget(last).newValue("0.02"); // the scale slider, at the bottom
            inspector.updateInspector(); // the status line at the top changes
        });
        SwingUtilities.invokeAndWait(() -> { }); // let the text's caret events run
        assertThat(inspector.status()).contains("1 (they act");
        assertThat(scroll.getViewport().getViewPosition()).isEqualTo(bottom);
    }

    @Test
    void theModelTabChangesTheControlsAndShowsTheirValues() throws Exception {
        WorkshopGUI gui = started(workshop(), "none");
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        WorkshopControls c = gui.controls();
        int trust = GuiFixtures.sliderIndex("Trust at start");
        assertThat(inspector.widget(trust).getValue()).isEqualTo("0.25");
        assertThat(inspector.widget(trust).newValue("0.6")).isEqualTo("0.6");
        assertThat(c.pendingChanges()).isEqualTo(1);
        inspector.updateInspector();
        assertThat(inspector.status()).isEqualTo("Slider changes waiting: 1 (they act when you press Stop, then Play)");
        gui.step();
        inspector.widget(1).newValue(String.valueOf(c.choices().indexOf("brokerage")));
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("brokerage");
        gui.finish(); // Stop pressed: Play alone starts the next run with the changes
        inspector.updateInspector();
        assertThat(inspector.status()).isEqualTo("Slider changes waiting: 1 (they act when you press Play)");
    }

    @Test
    void theAgencyBudgetCanBeRaisedToThreeTimesTheScenariosBudget() throws Exception {
        WorkshopGUI gui = started(workshop(), "none");
        WorkshopControls c = gui.controls();
        int budget = GuiFixtures.sliderIndex("Agency budget");
        assertThat(c.getValue(budget)).isEqualTo(1.0E7);
        sim.util.Interval range = (sim.util.Interval) c.getDomain(budget);
        assertThat(range.getMin().doubleValue()).isZero();
        assertThat(range.getMax().doubleValue()).isEqualTo(3.0E7);
        assertThat(c.betterToString(c.setValue(budget, "25000000"))).isEqualTo("25000000");
        assertThat(c.betterToString(c.setValue(budget, "24,000,000"))).as("separators typed are read").isEqualTo("24000000");
        assertThat(c.betterToString(c.setValue(budget, "25000000"))).isEqualTo("25000000");
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.AGENCY_BUDGET)).isEqualTo(2.5E7);
        assertThat(c.setValue(budget, "90000000")).as("held at the maximum").isEqualTo(3.0E7);
        // a scenario with a larger budget gets a longer slider
        WorkshopGUI rich = started(workshop("agency.budget=20000000"), "none");
        assertThat(((sim.util.Interval) rich.controls().getDomain(budget)).getMax().doubleValue()).isEqualTo(6.0E7);
        // other sliders keep their fixed range
        int trust = GuiFixtures.sliderIndex("Trust at start");
        assertThat(((sim.util.Interval) c.getDomain(trust)).getMax().doubleValue()).isEqualTo(1.0);
    }

    @Test
    void numbersAreShownAsPeopleWriteThem() {
        // no separators: MASON places the slider's knob from this text with Double.parseDouble
        assertThat(WorkshopControls.plain(1.0E7)).isEqualTo("10000000");
        assertThat(Double.parseDouble(WorkshopControls.plain(12345.5))).isEqualTo(12345.5);
        assertThat(WorkshopControls.plain(0.25)).isEqualTo("0.25");
        assertThat(WorkshopControls.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(WorkshopControls.plain(2500.5)).isEqualTo("2500.5");
        assertThat(WorkshopControls.plain(0.005)).isEqualTo("0.005");
    }

    /** Labels and summaries speak to the room: names and units, separators; the slider boxes keep plain digits. */
    @Test
    void slidersAndPoliciesShowReadableNamesUnitsAndSeparators() throws Exception {
        assertThat(WorkshopControls.grouped(1.0E7)).isEqualTo("10,000,000");
        assertThat(WorkshopControls.grouped(12345.5)).isEqualTo("12,345.5");
        assertThat(WorkshopControls.grouped(-1234)).isEqualTo("-1,234");
        assertThat(WorkshopControls.grouped(0.25)).isEqualTo("0.25");
        assertThat(WorkshopControls.grouped(999)).isEqualTo("999");
        assertThat(PolicyNames.readable("none")).isEqualTo("no moderation");
        assertThat(PolicyNames.readable("trust_building")).isEqualTo("trust building");
        assertThat(PolicyNames.readable("brokerage,cofunding")).isEqualTo("brokerage + co-funding (half each)");
        assertThat(PolicyNames.readable("brokerage,trust_building,platform"))
                .isEqualTo("brokerage + trust building + platform (1/3 each)");
        assertThat(PolicyNames.readable("brokerage=0.3,platform=0.7")).isEqualTo("brokerage 30% + platform 70%");
        // the parts add up to 100 (rounded each on its own: 13% + 88%, 33% + 33% + 33%)
        assertThat(PolicyNames.readable("brokerage=0.125,platform=0.875")).isEqualTo("brokerage 13% + platform 87%");
        assertThat(PolicyNames.readable("brokerage=0.3,cofunding=0.3,platform=0.4"))
                .isEqualTo("brokerage 30% + co-funding 30% + platform 40%");
        assertThat(PolicyNames.readable("brokerage=0.335,cofunding=0.335,platform=0.33"))
                .isEqualTo("brokerage 34% + co-funding 33% + platform 33%");
        // nearly equal shares are equal (the exact doubles were compared: 33% + 33% + 33%)
        assertThat(PolicyNames.readable("brokerage=0.333,cofunding=0.333,platform=0.334"))
                .isEqualTo("brokerage + co-funding + platform (1/3 each)");
        // never 0% or 100% for a share that is neither (was "1% + 100%")
        assertThat(PolicyNames.readable("brokerage=0.005,cofunding=0.995")).isEqualTo("brokerage 1% + co-funding 99%");
        assertThat(PolicyNames.readable("brokerage=0.002,cofunding=0.998")).isEqualTo("brokerage 0.2% + co-funding 99.8%");

        WorkshopGUI gui = started(workshop("costs.negotiation=20000"), "none");
        WorkshopControls c = gui.controls();
        // the drop-downs show names, the choices stay the keys the scenario files take
        String[] shown = (String[]) c.getDomain(1);
        assertThat(shown).hasSameSizeAs(c.choices().toArray()).contains("no moderation", "trust building", "co-funding");
        for (String p : shown) {
            assertThat(p).doesNotContain("_").doesNotContain("=");
        }
        assertThat(shown[c.choices().indexOf("trust_building")]).isEqualTo("trust building");
        for (int i = 3; i < c.numProperties(); i++) {
            WorkshopControls.Slider s = WorkshopControls.SLIDERS.get(i - 3);
            assertThat(c.getName(i)).as("no key").doesNotContain(s.param().key()).doesNotContain("_")
                    .startsWith(s.name() + " (next run): ");
        }
        int budget = GuiFixtures.sliderIndex("Agency budget");
        assertThat(c.getName(budget)).isEqualTo("Agency budget (next run): 10,000,000 EUR per quarter at full scale (times the scale)");
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        assertThat(inspector.widget(budget).getValue()).as("the box: plain digits for MASON's knob").isEqualTo("10000000");
        inspector.widget(budget).newValue("15,000,000");
        inspector.updateInspector();
        assertThat(inspector.name(budget)).as("the label follows the value").contains("15,000,000 EUR");
        assertThat(inspector.widget(budget).getValue()).isEqualTo("15000000");
        // what was changed, as the summary and the charts say it
        assertThat(c.changesFromScenario()).isEqualTo("Agency budget 15,000,000 instead of 10,000,000 "
                + "EUR per quarter at full scale (times the scale)");
        WorkshopGUI set = started(workshop(), "none");
        int negotiation = GuiFixtures.sliderIndex(s -> s.param() == org.regiosim.model.params.ParameterSchema.NEGOTIATION_COST);
        set.controls().setValue(negotiation, "20000");
        assertThat(set.controls().changesFromScenario())
                .isEqualTo("Negotiation cost per agreement 20,000 instead of 8,000 EUR (at zero trust)");
        assertThat(set.controls().getDescription(negotiation)).contains("Scenario key (for --set): costs.negotiation");
    }

    @Test
    void theChartsBarWrapsItsControlsInANarrowWindow() {
        JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
        for (int i = 0; i < 3; i++) {
            JButton b = new JButton("a button of some width");
            b.setPreferredSize(new Dimension(200, 30));
            bar.add(b);
        }
        JPanel window = new JPanel(new java.awt.BorderLayout());
        window.add(bar, java.awt.BorderLayout.NORTH);
        window.setSize(450, 300);
        layOut(window);
        layOut(window);
        assertThat(bar.getPreferredSize().height).as("two rows").isGreaterThanOrEqualTo(2 * 30);
        for (Component b : bar.getComponents()) {
            assertThat(insideWidth(b, window)).isTrue();
            assertThat(b.getHeight()).isEqualTo(30);
        }
    }

    /**
     * Only a deliberate choice of another policy switches. Arrow keys move through the list
     * (Enter chooses), typing a letter jumps nowhere, and choosing the policy already running
     * (Enter on the closed list, a click on the selected item) records no switch. Without a
     * screen the arrow keys of a combo box do nothing, so they are not exercised here.
     */
    @Test
    void onlyADeliberateChoiceOfAnotherPolicySwitches() throws Exception {
        WorkshopGUI gui = started(workshop(), "none", "trust_building");
        gui.step();
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        JComboBox<?> live = ControlsInspector.find(inspector.widget(1), JComboBox.class);
        assertThat(live).isNotNull();
        assertThat(live.getClientProperty("JComboBox.isTableCellEditor")).isEqualTo(Boolean.TRUE);
        assertThat(live.getKeySelectionManager().selectionForKey('c', live.getModel())).as("type-ahead").isEqualTo(-1);
        java.awt.event.ActionEvent e = new java.awt.event.ActionEvent(live, java.awt.event.ActionEvent.ACTION_PERFORMED, "");
        live.getActionMap().get("enterPressed").actionPerformed(e);
        live.getActionMap().get("enterPressed").actionPerformed(e);
        WorkshopControls c = gui.controls();
        c.setValue(1, String.valueOf(c.choices().indexOf("none")));
        assertThat(gui.interventions()).as("choosing the running policy again").isEmpty();
        c.setValue(1, String.valueOf(c.choices().indexOf("brokerage")));
        assertThat(gui.interventions()).containsExactly("q1: run A policy -> brokerage");
        assertThat(gui.sim(0).agency().policy().toString()).isEqualTo("brokerage");
    }

    /** A number typed into a slider's box is taken as typed, not moved to the nearest position of the knob. */
    @Test
    void aTypedNumberIsKeptExactlyNotSnappedToTheKnob() throws Exception {
        WorkshopGUI gui = started(workshop(), "none");
        ControlsInspector inspector = (ControlsInspector) gui.getInspector();
        WorkshopControls c = gui.controls();
        int budget = GuiFixtures.sliderIndex("Agency budget");
        int trust = GuiFixtures.sliderIndex("Trust at start");
        // As a facilitator does it: type into the box beside the knob and press Enter (submit).
        // MASON then places the knob, on one of its 1,000 positions, and its listener used to
        // write that position's value over the one typed (12,480,000 for 12,500,000 under the
        // workshop scenario's budget of 10 million).
        typeAndSubmit(inspector.widget(budget), "7,654,321");
        typeAndSubmit(inspector.widget(trust), "0.333");
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.AGENCY_BUDGET)).isEqualTo(7_654_321.0);
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST)).isEqualTo(0.333);
        // the inspector's refresh places the knobs again: still the values typed
        inspector.updateInspector();
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.AGENCY_BUDGET)).isEqualTo(7_654_321.0);
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST)).isEqualTo(0.333);
        // dragging the knob still sets the value of its position
        JSlider slider = ControlsInspector.find(inspector.widget(trust), JSlider.class);
        slider.setValue(slider.getMinimum() + (slider.getMaximum() - slider.getMinimum()) / 2);
        assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST)).isEqualTo(0.5);
    }

    /** Types into the box beside a slider's knob and presses Enter, as MASON's key listener sees it. */
    private static void typeAndSubmit(sim.util.gui.PropertyField field, String text) {
        javax.swing.JTextField box = ControlsInspector.find(field, javax.swing.JTextField.class);
        box.setText(text);
        for (java.awt.event.KeyListener l : box.getKeyListeners()) {
            l.keyPressed(key(box, java.awt.event.KeyEvent.VK_1)); // marks the box edited
            l.keyPressed(key(box, java.awt.event.KeyEvent.VK_ENTER)); // submits it
        }
    }

    private static java.awt.event.KeyEvent key(java.awt.Component source, int code) {
        return new java.awt.event.KeyEvent(source, java.awt.event.KeyEvent.KEY_PRESSED, 0, 0, code,
                java.awt.event.KeyEvent.CHAR_UNDEFINED);
    }

    /** A German machine reads "0.25" and "12,000,000" in the slider boxes as written, not as 25 and 12. */
    @Test
    void sliderNumbersAreReadAsShownWhateverTheLocale() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            WorkshopGUI gui = started(workshop(), "none");
            ControlsInspector inspector = (ControlsInspector) gui.getInspector();
            WorkshopControls c = gui.controls();
            int budget = GuiFixtures.sliderIndex("Agency budget");
            int trust = GuiFixtures.sliderIndex("Trust at start");
            assertThat(inspector.widget(budget).newValue("12,000,000")).isEqualTo("12000000");
            assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.AGENCY_BUDGET)).isEqualTo(1.2E7);
            assertThat(inspector.widget(trust).newValue("0.4")).isEqualTo("0.4");
            assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST)).isEqualTo(0.4);
            assertThat(c.setValue(trust, "zero")).as("not a number: refused").isNull();
            assertThat(c.setValue(trust, "0,25")).as("a decimal comma: refused, not read as 25").isNull();
            assertThat(String.valueOf(c.getValue(0))).as("the status line says why, not only a beep")
                    .contains("'0,25' not read: decimals with a point, e.g. 0.25");
            assertThat(c.setValue(trust, "0.4")).isNotNull();
            assertThat(String.valueOf(c.getValue(0))).as("gone once a number is taken").doesNotContain("not read");
            assertThat(c.nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST)).isEqualTo(0.4);
            // a slider moved by hand: MASON writes its number in the format locale, which the
            // workshop sets as RegioSim writes numbers
            WorkshopLauncher.writeNumbersAsRegioSimDoes();
            WorkshopGUI fresh = started(workshop(), "none");
            ControlsInspector freshInspector = (ControlsInspector) fresh.getInspector();
            JSlider slider = ControlsInspector.find(freshInspector.widget(trust), JSlider.class);
            assertThat(slider).isNotNull();
            slider.setValue(slider.getMinimum() + (slider.getMaximum() - slider.getMinimum()) * 3 / 4);
            assertThat(fresh.controls().nextParameters().real(org.regiosim.model.params.ParameterSchema.INITIAL_TRUST))
                    .as("three quarters along a 0..1 slider (the scenario has 0.25)").isBetween(0.7, 0.8);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
