package org.regiosim.gui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.regiosim.scenario.Scenario;

import sim.display.Console;

/**
 * Opens workshop mode in MASON's Console and sets the Console up for a room: the seed stays the
 * same from run to run (same story each time), the run stops after the scenario's quarters, the
 * File menu's checkpoint items are switched off (the model is not meant to be saved mid-run), and
 * a Workshop menu saves the charts as PNG and switches the large fonts.
 */
public final class WorkshopLauncher {

    private WorkshopLauncher() {
    }

    /**
     * MASON's inspector writes a slider's number with the machine's locale (on a German machine
     * "0,25") and RegioSim's controls read and write them as in the docs ("0.25", "10000000"):
     * the workshop formats numbers in the neutral locale, so that both agree. Only the GUI's
     * process is affected; the command line never uses the default locale for numbers.
     */
    static void writeNumbersAsRegioSimDoes() {
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ROOT);
    }

    /**
     * Opens the Console on the Swing thread and returns; {@code onClose} runs when it is closed.
     *
     * @param saveAtEnd if not null, charts and maps are saved there whenever a run stops
     * @param quitAtEnd quit after the first run stops (smoke tests)
     * @param saveFailed set when saving at the end failed (the message went to standard error)
     */
    public static void open(Scenario scenario, List<String> policies, WorkshopGUI.Options options, boolean largeFonts,
                            boolean play, Path saveAtEnd, boolean quitAtEnd, Runnable onClose,
                            java.util.concurrent.atomic.AtomicBoolean saveFailed) throws Exception {
        writeNumbersAsRegioSimDoes();
        SwingUtilities.invokeAndWait(() -> {
            if (largeFonts) {
                Style.setFontScale(ChartsFrame.LARGE);
                ChartsFrame.applyUiFonts(ChartsFrame.LARGE);
            }
            WorkshopGUI gui = new WorkshopGUI(scenario, policies, options);
            gui.setOnQuit(onClose);
            // Calm curves for a room; in a comparison the totals since the start, where the few
            // percent two policies differ by per quarter add up to a visible gap.
            gui.charts().setView(policies.size() == 1 ? LiveCharts.View.MEAN_4 : LiveCharts.View.SINCE_START);
            Console console = new Console(gui);
            console.setIncrementSeedOnStop(false);
            console.setNewMenuAllowed(false);
            console.setWhenShouldEnd(scenario.steps());
            // Slow enough for a room to follow and the facilitator to pause where the script says:
            // at most about 2.5 quarters a second, 80 quarters in about 40 s (the Console tab's delay
            // slider changes it). Unattended (--quit-at-end) there is no one to watch: no delay.
            console.setPlaySleep(quitAtEnd ? 0 : 400);
            configureMenus(console, gui);
            if (saveAtEnd != null || quitAtEnd) {
                gui.setOnRunEnd(() -> SwingUtilities.invokeLater(() -> {
                    if (saveAtEnd != null) {
                        // No dialog: unattended (smoke tests, CI), a modal error would wait forever.
                        try {
                            List<Path> files = WorkshopExport.saveAll(gui, saveAtEnd);
                            System.out.println("regiosim gui: saved " + files.size() + " files to " + saveAtEnd);
                        } catch (Exception e) {
                            System.err.println("regiosim gui: could not save to " + saveAtEnd + ": " + e.getMessage());
                            saveFailed.set(true);
                        }
                    }
                    if (quitAtEnd) {
                        if (saveFailed.get()) {
                            System.exit(1); // MASON's doQuit would end the JVM with status 0
                        }
                        Console.doQuit();
                    }
                }));
            }
            console.setVisible(true);
            if (play) {
                console.pressPlay();
            }
        });
    }

    private static void configureMenus(Console console, WorkshopGUI gui) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) {
            return;
        }
        Set<String> off = Set.of("New Simulation...", "Open...", "Save", "Save As...");
        for (int i = 0; i < bar.getMenuCount(); i++) {
            JMenu m = bar.getMenu(i);
            if (m == null) {
                continue;
            }
            for (int k = 0; k < m.getItemCount(); k++) {
                JMenuItem item = m.getItem(k);
                if (item != null && off.contains(item.getText())) {
                    item.setEnabled(false);
                    item.setToolTipText("Not available in workshop mode");
                }
            }
        }
        JMenu workshop = new JMenu("Workshop");
        JMenuItem save = new JMenuItem("Save charts and maps as PNG...");
        save.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_P, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK));
        save.addActionListener(e -> gui.chartsFrame().saveDialog());
        workshop.add(save);
        JCheckBoxMenuItem large = new JCheckBoxMenuItem("Large fonts (projector)", Style.fontScale() > 1.0);
        large.addActionListener(e -> gui.chartsFrame().setLargeFonts(large.isSelected()));
        workshop.add(large);
        JMenuItem charts = new JMenuItem("Show charts window");
        charts.addActionListener(e -> {
            gui.chartsFrame().setVisible(true);
            gui.chartsFrame().toFront();
        });
        workshop.add(charts);
        bar.add(workshop);
    }
}
