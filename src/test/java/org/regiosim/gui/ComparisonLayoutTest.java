package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A comparison fills the screen: the maps as high as the region needs, the charts get the rest. */
class ComparisonLayoutTest {

    @Test
    void aComparisonTilesTheScreenAndGivesTheChartsWhatTheMapsDoNotNeed() throws Exception {
        MapLayout natural = new MapLayout(GuiFixtures.workshop().region(), 1000, 0);
        double heightPerWidth = natural.fieldHeight() / natural.regionWidth();
        assertThat(heightPerWidth).as("the Ruhr is wider than high").isLessThan(0.7);
        Dimension chrome = new Dimension(22, 56);
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1920, 1080), new Rectangle(0, 0, 1366, 768),
                new Rectangle(100, 30, 1920, 1050))) {
            WorkshopGUI.ComparisonLayout l = WorkshopGUI.comparisonLayout(screen, heightPerWidth, chrome, 1.0);
            List<Rectangle> all = List.of(l.mapA(), l.mapB(), l.console(), l.charts());
            long area = 0;
            for (int i = 0; i < all.size(); i++) {
                assertThat(screen.contains(all.get(i))).as("on screen: " + all.get(i)).isTrue();
                area += (long) all.get(i).width * all.get(i).height;
                for (int k = i + 1; k < all.size(); k++) {
                    assertThat(all.get(i).intersects(all.get(k))).as(all.get(i) + " and " + all.get(k)).isFalse();
                }
            }
            assertThat(area).as("the windows cover the screen").isEqualTo((long) screen.width * screen.height);
            // the maps: wider than a third of the screen (the old layout), as high as the region at that width
            assertThat(l.mapA().width).isEqualTo(l.mapB().width).isGreaterThan(screen.width / 3);
            int regionHeight = (int) Math.ceil((l.mapA().width - chrome.width) * heightPerWidth);
            assertThat(l.mapA().height).isEqualTo(chrome.height + regionHeight);
            assertThat(l.console().width).as("room for the Model tab").isGreaterThanOrEqualTo(420);
            assertThat(l.charts().width).isEqualTo(screen.width);
            assertThat(l.charts().height).as("the charts get more than half the screen's height")
                    .isGreaterThan(screen.height / 2);
            // large fonts: the Console gets the room its policy names need, up to a third
            WorkshopGUI.ComparisonLayout large = WorkshopGUI.comparisonLayout(screen, heightPerWidth, chrome, ChartsFrame.LARGE);
            assertThat(large.console().width).isGreaterThan(l.console().width).isGreaterThanOrEqualTo(screen.width / 3);
            assertThat(large.mapA().width).isGreaterThanOrEqualTo(screen.width / 3);
        }
    }

    /** On screen a comparison's charts leave out the line the summary above them gives; saved charts keep it. */
    @Test
    void aComparisonsChartsLeaveTheRunLineToTheSummaryOnScreen() throws Exception {
        WorkshopGUI two = GuiFixtures.started(GuiFixtures.workshop(), "none", "trust_building");
        WorkshopGUI one = GuiFixtures.started(GuiFixtures.workshop(), "none");
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            assertThat(two.charts().runLineShown(spec.key())).isFalse();
            assertThat(one.charts().runLineShown(spec.key())).isTrue();
        }
        assertThat(two.charts().summary().get(0)).contains("A no moderation (solid), B trust building (dashed)");
        // the saved image is taller in its titles: the run line is drawn there
        java.awt.image.BufferedImage saved = two.charts().image("mean_trust", 500, 400);
        assertThat(two.charts().runLineShown("mean_trust")).as("hidden again after saving").isFalse();
        java.awt.image.BufferedImage screen = two.charts().chart("mean_trust").createBufferedImage(500, 400);
        assertThat(differingRows(saved, screen)).as("the saved chart differs: it has the run line").isGreaterThan(5);
    }

    private static int differingRows(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        int rows = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void aTallRegionLeavesTheChartsAtLeastFortyFivePerCent() {
        Rectangle screen = new Rectangle(0, 0, 1920, 1080);
        WorkshopGUI.ComparisonLayout l = WorkshopGUI.comparisonLayout(screen, 1.5, new Dimension(22, 56), 1.0);
        assertThat(l.mapA().height).isEqualTo((int) (1080 * 0.55));
        assertThat(l.charts().height).isEqualTo(1080 - (int) (1080 * 0.55));
    }
}
