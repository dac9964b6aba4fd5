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
    private final Content content;

    ChartsFrame(WorkshopGUI gui) {
        super(gui.runs() == 1 ? "RegioSim - live charts" : "RegioSim - the two runs compared (A solid, B dashed)");
        this.gui = gui;
        content = new Content(gui, this::saveDialog, this::setLargeFonts);
        getContentPane().add(content, BorderLayout.CENTER);
        setDefaultCloseOperation(HIDE_ON_CLOSE);
        pack();
    }

    /** Shows the summary lines of the runs (call on the Swing thread). */
    void refreshSummary() {
        content.refreshSummary();
    }

    /** The summary lines as shown above the charts (tests). */
    String summaryText() {
        return content.summaryText();
    }

    /**
     * What the charts window shows (a panel of its own, so that tests can lay it out headless):
     * a bar with the save button, the Curves box and the large-font switch; the summary lines;
     * the four charts, a 2 x 2 grid beside a single run's map, a row under a comparison's maps.
     */
    static final class Content extends JPanel {
        private static final long serialVersionUID = 1L;
        /** The font sizes (points before the font scale) the summary may take, largest first. */
        private static final double[] SUMMARY_POINTS = {12, 11, 10};
        /**
         * In large fonts the summary may grow up to the size of the charts' legends and beyond
         * (step 4 of WORKSHOP.md points the room to it): 15 points before the scale (24 in large
         * fonts) where the width allows, as small as before where it does not.
         */
        private static final double[] LARGE_SUMMARY_POINTS = {15, 14, 13, 12, 11, 10};

        private final transient WorkshopGUI gui;
        /** The summary lines; they wrap in a narrow window instead of running out of it. */
        private final ControlsInspector.WrappingLabel summary = new ControlsInspector.WrappingLabel();
        private final JCheckBox large = new JCheckBox("Large fonts (projector)");
        private final List<ChartPanel> panels = new ArrayList<>();

        Content(WorkshopGUI gui, Runnable save, java.util.function.Consumer<Boolean> largeFonts) {
            super(new BorderLayout());
            this.gui = gui;
            // The buttons and boxes wrap onto a second row in a narrow window (large fonts).
            JPanel bar = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
            JButton saveButton = new JButton("Save charts and maps as PNG...");
            saveButton.addActionListener(e -> save.run());
            bar.add(saveButton);
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
            large.addActionListener(e -> largeFonts.accept(large.isSelected()));
            bar.add(large);

            JPanel grid = new JPanel(gui.runs() == 1 ? new GridLayout(2, 2, 4, 4) : new GridLayout(1, 4, 4, 4));
            List<String> keys = LiveCharts.WORKSHOP.stream().map(LiveCharts.Spec::key).toList();
            for (JFreeChart chart : gui.charts().charts()) {
                ChartPanel p = new ChartPanel(chart, false);
                String key = keys.get(panels.size());
                // a narrow, low chart shortens its texts to keep its plot (LiveCharts.fit)
                p.addComponentListener(new java.awt.event.ComponentAdapter() {
                    @Override
                    public void componentResized(java.awt.event.ComponentEvent e) {
                        fitChart(key, p);
                    }
                });
                p.setMinimumDrawWidth(200);
                p.setMinimumDrawHeight(150);
                p.setMaximumDrawWidth(4000);
                p.setMaximumDrawHeight(3000);
                panels.add(p);
                grid.add(p);
            }
            summary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            // its font follows its width (refreshSummary)
            summary.addComponentListener(new java.awt.event.ComponentAdapter() {
                @Override
                public void componentResized(java.awt.event.ComponentEvent e) {
                    refreshSummary();
                }
            });
            JPanel top = new JPanel(new BorderLayout());
            top.add(bar, BorderLayout.NORTH);
            top.add(summary, BorderLayout.CENTER);
            add(top, BorderLayout.NORTH);
            add(grid, BorderLayout.CENTER);
            refreshSummary();
        }

        /** Fits a chart's texts to its panel (drawn at least at the panel's minimum drawing size). */
        private void fitChart(String key, ChartPanel p) {
            if (p.getWidth() > 0 && p.getHeight() > 0) {
                gui.charts().fit(key, Math.max(p.getWidth(), p.getMinimumDrawWidth()),
                        Math.max(p.getHeight(), p.getMinimumDrawHeight()));
            }
        }

        /**
         * Shows the summary lines of the runs (call on the Swing thread): in the largest of
         * {@link #SUMMARY_POINTS} ({@link #LARGE_SUMMARY_POINTS} in large fonts) at which each run's
         * line fits the width on one line (a 1366-pixel screen in large fonts takes the smallest; a
         * 1920-pixel one in large fonts a larger size than 12 points), wrapping beyond.
         */
        void refreshSummary() {
            StringBuilder sb = new StringBuilder();
            List<String> lines = gui.charts().screenSummary();
            for (String line : lines) {
                sb.append(sb.length() == 0 ? "" : "\n").append(line);
            }
            if (!gui.interventions().isEmpty()) {
                sb.append("\nPolicy switches: ").append(String.join("; ", gui.interventions()));
            }
            if (!sb.toString().equals(summary.getText())) {
                summary.setText(sb.toString());
            }
            Font f = summaryFont(lines.subList(1, lines.size()),
                    summary.getWidth() - summary.getInsets().left - summary.getInsets().right);
            if (!f.equals(summary.getFont())) {
                summary.setFont(f);
            }
        }

        /** The largest summary font at which {@code lines} fit {@code width} pixels (not laid out yet: 12 points). */
        static Font summaryFont(List<String> lines, int width) {
            Font f = Style.font(Font.PLAIN, SUMMARY_POINTS[0]);
            if (width <= 0) {
                return f;
            }
            double[] sizes = Style.fontScale() > 1.0 ? LARGE_SUMMARY_POINTS : SUMMARY_POINTS;
            java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g2 = scratch.createGraphics();
            try {
                for (double points : sizes) {
                    f = Style.font(Font.PLAIN, points);
                    java.awt.FontMetrics fm = g2.getFontMetrics(f);
                    // a few pixels to spare: the text area may measure a little wider
                    if (lines.stream().allMatch(l -> fm.stringWidth(l) <= width - 4)) {
                        break;
                    }
                }
            } finally {
                g2.dispose();
            }
            return f;
        }

        /** The summary lines as shown above the charts (tests). */
        String summaryText() {
            return summary.getText();
        }

        /** The summary as laid out (tests). */
        javax.swing.JTextArea summaryArea() {
            return summary;
        }

        /** The chart panels, in the order of {@link LiveCharts#WORKSHOP} (tests). */
        List<ChartPanel> chartPanels() {
            return panels;
        }

        void setLargeFontsSelected(boolean on) {
            large.setSelected(on);
        }
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
        content.setLargeFontsSelected(on);
        applyUiFonts(Style.fontScale());
        gui.charts().applyFontScale();
        refreshSummary();
        for (Window w : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(w);
            applyOwnFonts(w);
            w.repaint();
        }
        // a comparison's windows are laid out for the font size: lay them out again
        gui.fontScaleChanged();
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
