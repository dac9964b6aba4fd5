package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiosim.model.Firm;
import org.regiosim.model.RegioSim;

/** The agent inspector's details, as the room reads them. */
class AgentInspectorTest {

    private static String founded(Firm f, RegioSim sim) {
        for (String[] row : AgentInspector.detailRows(f, sim)) {
            if (row[0].equals("Founded")) {
                return row[1];
            }
        }
        throw new AssertionError("no Founded row");
    }

    private static List<Firm> firms(RegioSim sim) {
        List<Firm> l = new ArrayList<>();
        for (int i = 0; i < sim.population().size(); i++) {
            l.add(sim.population().get(i));
        }
        return l;
    }

    /** Start-ups founded during quarter 0 have founding step 0, as the initial firms: only these are "before the start". */
    @Test
    void startUpsOfQuarterZeroAreNotFoundedBeforeTheStart() throws Exception {
        WorkshopGUI gui = GuiFixtures.started(GuiFixtures.workshop(), "none");
        RegioSim sim = gui.sim(0);
        List<Firm> initial = firms(sim);
        gui.step();
        List<Firm> quarterZero = new ArrayList<>();
        for (Firm f : firms(sim)) {
            if (!initial.contains(f)) {
                quarterZero.add(f);
            }
        }
        assertThat(quarterZero).as("start-ups in quarter 0").isNotEmpty();
        for (Firm f : quarterZero) {
            assertThat(f.getFounded()).isZero();
            assertThat(sim.foundedAtStart(f)).isFalse();
            assertThat(founded(f, sim)).isEqualTo("in q0");
        }
        for (Firm f : initial.subList(0, 20)) {
            assertThat(sim.foundedAtStart(f)).isTrue();
            assertThat(founded(f, sim)).isEqualTo("before the start");
        }
    }

    /** Columns fitted on every refresh (each quarter) kept neither a width the user gave them nor let them be narrower than their content. */
    @Test
    void fittingColumnsOnlyWidensWhenTheContentGrows() {
        javax.swing.table.DefaultTableModel m = new javax.swing.table.DefaultTableModel(AgentInspector.PARTNER_COLUMNS, 0);
        m.addRow(new Object[] {"Firm 12 (Essen)", "0.41", "2", "yes"});
        javax.swing.JTable t = new javax.swing.JTable(m);
        AgentInspector.fitColumns(t);
        javax.swing.table.TableColumn partner = t.getColumnModel().getColumn(0);
        int fitted = partner.getPreferredWidth();
        assertThat(partner.getMinWidth()).as("no minimum pinned").isLessThan(fitted);
        // the user widens the column; the next quarter's refresh keeps it
        partner.setPreferredWidth(fitted + 200);
        AgentInspector.fitColumns(t);
        assertThat(partner.getPreferredWidth()).isEqualTo(fitted + 200);
        // the user narrows it below its content: kept too
        partner.setPreferredWidth(fitted / 2);
        AgentInspector.fitColumns(t);
        assertThat(partner.getPreferredWidth()).isEqualTo(fitted / 2);
        // a wider value widens it again
        m.addRow(new Object[] {"Hochschule Ruhr West, Mülheim an der Ruhr (applied sciences)", "0.10", "0", "yes"});
        AgentInspector.fitColumns(t);
        assertThat(partner.getPreferredWidth()).isGreaterThan(fitted);
    }
}
