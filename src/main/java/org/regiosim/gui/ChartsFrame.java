package org.regiosim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The charts window: the four live charts in a grid, a line per run summing up what happened,
 * a button to save charts and maps as PNG for the minutes, and the large-font switch for
 * projectors (it scales the charts, the map's labels and the MASON windows' fonts).
 */
final class ChartsFrame extends JFrame {

    private static final long serialVersionUID = 1L;
    /** The font scale of the "large fonts" option. */
    static final double LARGE = 1.6;

    private final transient WorkshopGUI gui;
    /** The summary lines; they wrap in a narrow window instead of running out of it. */
    private final ControlsInspector.WrappingLabel summary = new ControlsInspector.WrappingLabel();
    private final JCheckBox large = new JCheckBox("Large fonts (projector)");
    private final List<ChartPanel> panels = new ArrayList<>();

    ChartsFrame(WorkshopGUI gui) {
        super(gui.runs() == 1 ? "RegioSim - live charts" : "RegioSim - the two runs compared (A solid, B dashed)");
        this.gui = gui;
        // The buttons and boxes wrap onto a second row in a narrow window (large fonts).
        JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
        JButton save = new JButton("Save charts and maps as PNG...");
        save.addActionListener(e -> saveDialog());
        bar.add(save);
        // the box with its name: they wrap together
        JPanel curves = new JPanel(new BorderLayout(4, 0));
        curves.add(new JLabel(" Curves:"), BorderLayout.WEST);
        JComboBox<LiveCharts.View> views = new JComboBox<>(LiveCharts.View.values());
        views.setSelectedItem(gui.charts().view());
        views.setMaximumSize(views.getPreferredSize());
        views.setToolTipText("Per quarter: the values of each quarter. Mean of the last 4 quarters: calmer curves. "
                + "Since the start: totals of costs and innovations, means of rates and trust.");
        views.addActionListener(e -> gui.charts().setView((LiveCharts.View) views.getSelectedItem()));
        curves.add(views, BorderLayout.CENTER);
        bar.add(curves);
        large.setSelected(Style.fontScale() > 1.0);
        large.addActionListener(e -> setLargeFonts(large.isSelected()));
        bar.add(large);

        // A single run: a 2 x 2 grid beside the map; a comparison: one row under the two maps.
        JPanel grid = new JPanel(gui.runs() == 1 ? new GridLayout(2, 2, 4, 4) : new GridLayout(1, 4, 4, 4));
        for (JFreeChart chart : gui.charts().charts()) {
            ChartPanel p = new ChartPanel(chart, false);
            p.setMinimumDrawWidth(200);
            p.setMinimumDrawHeight(150);
            p.setMaximumDrawWidth(4000);
            p.setMaximumDrawHeight(3000);
            panels.add(p);
            grid.add(p);
        }
        summary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        top.add(summary, BorderLayout.CENTER);
        getContentPane().add(top, BorderLayout.NORTH);
        getContentPane().add(grid, BorderLayout.CENTER);
        setDefaultCloseOperation(HIDE_ON_CLOSE);
        refreshSummary();
        pack();
    }

    /** Shows the summary lines of the runs (call on the Swing thread). */
    void refreshSummary() {
        StringBuilder sb = new StringBuilder();
        for (String line : gui.charts().summary()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(line);
        }
        if (!gui.interventions().isEmpty()) {
            sb.append("\nPolicy switches: ").append(String.join("; ", gui.interventions()));
        }
        if (!sb.toString().equals(summary.getText())) {
            summary.setText(sb.toString());
        }
        Font f = Style.font(Font.PLAIN, 12);
        if (!f.equals(summary.getFont())) {
            summary.setFont(f);
        }
    }

    /** The summary lines as shown above the charts (tests). */
    String summaryText() {
        return summary.getText();
    }

    /**
     * Asks where to save, suggesting a new folder workshop-(scenario)-(time) in the current
     * directory. The folder is created first (a file chooser ignores a folder that does not
     * exist) and removed again if it stays unused. A folder that holds an earlier save is never
     * overwritten: the files then go into a new folder inside it, and the message says so.
     */
    void saveDialog() {
        String name = WorkshopExport.folderName(gui.scenario().name(), LocalDateTime.now());
        Path base = Path.of(System.getProperty("user.dir"));
        Path suggested = WorkshopExport.freshFolder(base, name);
        try {
            Files.createDirectories(suggested);
        } catch (IOException e) {
            suggested = null; // a read-only directory: the chooser starts there with nothing selected
        }
        JFileChooser chooser = new JFileChooser(base.toFile());
        chooser.setDialogTitle("Folder for the PNG files");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (suggested != null) {
            chooser.setSelectedFile(suggested.toFile());
        }
        Path chosen = chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION && chooser.getSelectedFile() != null
                ? chooser.getSelectedFile().toPath().toAbsolutePath() : null;
        if (suggested != null && !suggested.equals(chosen)) {
            try {
                Files.deleteIfExists(suggested); // only if still empty
            } catch (IOException e) {
                // not empty or not ours to remove: leave it
            }
        }
        if (chosen == null) {
            return;
        }
        Path target = WorkshopExport.target(chosen, name);
        List<Path> files = save(target, false);
        if (!files.isEmpty()) {
            JOptionPane.showMessageDialog(this, "Saved " + files.size() + " files to\n" + target.toAbsolutePath()
                    + (target.equals(chosen) ? "" : "\n(a new folder: " + chosen + " holds an earlier save, kept as it was)"),
                    "Charts saved", JOptionPane.INFORMATION_MESSAGE);
        }
    }

    /** Saves everything into {@code dir}; with {@code tell}, says where in a dialog. */
    List<Path> save(Path dir, boolean tell) {
        try {
            List<Path> files = WorkshopExport.saveAll(gui, dir);
            if (tell) {
                JOptionPane.showMessageDialog(this, "Saved " + files.size() + " files to\n" + dir.toAbsolutePath(),
                        "Charts saved", JOptionPane.INFORMATION_MESSAGE);
            }
            return files;
        } catch (Exception ex) {
            JOptionPane.showMessageDialog(this, "Could not save to " + dir + ":\n" + ex.getMessage(), "Not saved",
                    JOptionPane.ERROR_MESSAGE);
            return List.of();
        }
    }

    /** Switches the large fonts on or off everywhere: charts, map labels, Swing windows. */
    void setLargeFonts(boolean on) {
        Style.setFontScale(on ? LARGE : 1.0);
        large.setSelected(on);
        applyUiFonts(Style.fontScale());
        gui.charts().applyFontScale();
        refreshSummary();
        for (Window w : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(w);
            applyOwnFonts(w);
            w.repaint();
        }
    }

    /** Inspectors set some fonts themselves (not from the look and feel): tell them. */
    static void applyOwnFonts(java.awt.Component c) {
        if (c instanceof AgentInspector i) {
            i.applyFontScale();
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                applyOwnFonts(child);
            }
        }
    }

    private static final java.util.Map<Object, FontUIResource> BASE_FONTS = new java.util.HashMap<>();

    /** Scales the default fonts of Swing components (MASON's Console, inspectors, menus). */
    static void applyUiFonts(double scale) {
        Enumeration<Object> keys = UIManager.getDefaults().keys();
        List<Object> all = new ArrayList<>();
        while (keys.hasMoreElements()) {
            all.add(keys.nextElement());
        }
        for (Object key : all) {
            Object v = UIManager.get(key);
            if (v instanceof FontUIResource f) {
                FontUIResource base = BASE_FONTS.computeIfAbsent(key, k -> f);
                UIManager.put(key, new FontUIResource(base.getName(), base.getStyle(),
                        (int) Math.round(base.getSize() * scale)));
            }
        }
    }
}
