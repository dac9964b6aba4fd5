package org.regiosim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.regiosim.output.AtomicFiles;

/**
 * "Save charts as PNG" for the minutes: every chart and every map of the workshop as PNG files,
 * a short summary.txt (the numbers behind the charts in one paragraph, the policy switches) and
 * handout.html, one page with all of it and how to read it, to hand out or print.
 * Works without a display.
 */
public final class WorkshopExport {

    public static final int CHART_WIDTH = 1200;
    public static final int CHART_HEIGHT = 720;
    public static final int MAP_WIDTH = 1600;

    private WorkshopExport() {
    }

    /** The map files a save may write: one map, or one per run of a comparison. */
    static final List<String> MAP_FILES = List.of("map.png", "map_a.png", "map_b.png");
    static final String SUMMARY = "summary.txt";
    static final String HANDOUT = "handout.html";

    /** The folder name suggested for a save, e.g. workshop-ruhr-workshop-20250101-093000. */
    static String folderName(String scenario, LocalDateTime now) {
        return "workshop-" + scenario + "-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** True if {@code dir} holds files of an earlier save (a summary, a chart or a map). */
    static boolean holdsSave(Path dir) {
        if (Files.exists(dir.resolve(SUMMARY)) || Files.exists(dir.resolve(HANDOUT))) {
            return true;
        }
        for (String f : MAP_FILES) {
            if (Files.exists(dir.resolve(f))) {
                return true;
            }
        }
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            if (Files.exists(dir.resolve(spec.key() + ".png"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code parent/name}, or {@code parent/name-2}, -3, ... if that exists already. */
    static Path freshFolder(Path parent, String name) {
        Path p = parent.resolve(name);
        for (int k = 2; Files.exists(p); k++) {
            p = parent.resolve(name + "-" + k);
        }
        return p;
    }

    /**
     * Where a save the user directed to {@code chosen} goes: there, unless it holds an earlier
     * save, which is never overwritten: then into a new folder {@code name} inside it.
     */
    static Path target(Path chosen, String name) {
        return holdsSave(chosen) ? freshFolder(chosen, name) : chosen;
    }

    /**
     * Writes the files into {@code dir} (created if needed); returns the files written. Files
     * there of the same names are replaced, and the maps of an earlier save of the other kind
     * (map.png beside map_a.png and map_b.png) removed, so that the folder holds one save.
     */
    public static List<Path> saveAll(WorkshopGUI gui, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        LiveCharts charts = gui.charts();
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            written.add(png(dir.resolve(spec.key() + ".png"), charts.image(spec.key(), CHART_WIDTH, CHART_HEIGHT)));
        }
        for (int r = 0; r < gui.runs(); r++) {
            if (gui.layers(r) == null) {
                continue;
            }
            BufferedImage map;
            synchronized (gui.state.schedule) {
                map = gui.layers(r).renderForPrint(gui, MAP_WIDTH);
            }
            String name = gui.runs() == 1 ? "map.png" : "map_" + WorkshopGUI.runLetter(r).toLowerCase(java.util.Locale.ROOT) + ".png";
            written.add(png(dir.resolve(name), map));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("RegioSim workshop - ").append(gui.scenario().name()).append('\n');
        for (String line : minutesSummary(gui)) {
            sb.append(line).append('\n');
        }
        if (!gui.interventions().isEmpty()) {
            sb.append("Policy switches during the run: ").append(String.join("; ", gui.interventions())).append('\n');
        }
        Path summary = dir.resolve(SUMMARY);
        AtomicFiles.writeString(summary, sb.toString());
        written.add(summary);
        written.add(handout(gui, dir, written));
        for (String f : MAP_FILES) {
            if (!written.contains(dir.resolve(f))) {
                Files.deleteIfExists(dir.resolve(f));
            }
        }
        return written;
    }

    /** handout.html from the PNGs just written (the same pictures the room saw). */
    private static Path handout(WorkshopGUI gui, Path dir, List<Path> written) throws IOException {
        List<Handout.Image> maps = new ArrayList<>();
        List<Handout.Image> charts = new ArrayList<>();
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            charts.add(new Handout.Image(spec.title(), Files.readAllBytes(dir.resolve(spec.key() + ".png"))));
        }
        for (String f : MAP_FILES) {
            Path p = dir.resolve(f);
            if (written.contains(p)) {
                String caption = f.equals("map.png") ? "Map of the region"
                        : "Map of run " + f.substring(4, 5).toUpperCase(java.util.Locale.ROOT);
                maps.add(new Handout.Image(caption, Files.readAllBytes(p)));
            }
        }
        String html = Handout.render(gui.scenario().name(), minutesSummary(gui), gui.interventions(),
                gui.scenario().parameters().real(org.regiosim.model.params.ParameterSchema.SCALE), gui.runs(), maps,
                charts, org.regiosim.output.Provenance.toolVersion());
        Path file = dir.resolve(HANDOUT);
        AtomicFiles.writeString(file, html);
        return file;
    }

    /**
     * The summary as the minutes give it: the charts' summary with, after its first line, the
     * policies as the command line takes them (the other lines name them as the room reads them),
     * so that a researcher can repeat the run (with the --set values, slider changes and switches
     * the first line names).
     */
    static List<String> minutesSummary(WorkshopGUI gui) {
        List<String> lines = new ArrayList<>(gui.charts().summary());
        lines.add(Math.min(1, lines.size()), commandLinePolicies(gui));
        return lines;
    }

    /** E.g. "Policies for the command line: --compare 'none;brokerage=0.3,platform=0.7'". */
    static String commandLinePolicies(WorkshopGUI gui) {
        // the policies the run started with: the controls hold those chosen for the next start
        return gui.runs() == 1 ? "Policy for the command line: --set 'policy=" + gui.startedPolicy(0) + "'"
                : "Policies for the command line: --compare '" + gui.startedPolicy(0) + ";" + gui.startedPolicy(1) + "'";
    }

    private static Path png(Path file, BufferedImage img) throws IOException {
        AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
        return file;
    }
}
