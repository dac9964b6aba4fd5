package org.regiosim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.regiosim.output.AtomicFiles;

/**
 * "Save charts as PNG" for the minutes: every chart and every map of the workshop as PNG files
 * plus a short summary.txt (the numbers behind the charts in one paragraph, the policy switches).
 * Works without a display.
 */
public final class WorkshopExport {

    public static final int CHART_WIDTH = 1200;
    public static final int CHART_HEIGHT = 720;
    public static final int MAP_WIDTH = 1600;

    private WorkshopExport() {
    }

    /** Writes the files into {@code dir} (created if needed); returns the files written. */
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
                map = gui.layers(r).render(gui, MAP_WIDTH, gui.runs() == 1 ? null : withoutLegend(gui.layers(r)));
            }
            String name = gui.runs() == 1 ? "map.png" : "map_" + WorkshopGUI.runLetter(r).toLowerCase(java.util.Locale.ROOT) + ".png";
            written.add(png(dir.resolve(name), map));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("RegioSim workshop - ").append(gui.scenario().name()).append('\n');
        for (String line : charts.summary()) {
            sb.append(line).append('\n');
        }
        if (!gui.interventions().isEmpty()) {
            sb.append("Policy switches during the run: ").append(String.join("; ", gui.interventions())).append('\n');
        }
        Path summary = dir.resolve("summary.txt");
        AtomicFiles.writeString(summary, sb.toString());
        written.add(summary);
        return written;
    }

    /** The layers of a comparison map: without the legend column, for which it has no room. */
    static java.util.Set<String> withoutLegend(MapLayers layers) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (MapLayers.Layer l : layers.layers()) {
            if (!l.name().equals(MapLayers.LEGEND)) {
                names.add(l.name());
            }
        }
        return names;
    }

    private static Path png(Path file, BufferedImage img) throws IOException {
        AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
        return file;
    }
}
