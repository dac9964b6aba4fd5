package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A comparison fills the screen: the maps as high as the region needs, the charts get the rest. */
class ComparisonLayoutTest {

    @AfterEach
    void normalFonts() {
        Style.setFontScale(1.0);
        ChartsFrame.applyUiFonts(1.0);
    }

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
            assertThat(l.mapA().height).as("as high as the region needs, or as the Console needs")
                    .isEqualTo(Math.max(chrome.height + regionHeight, WorkshopGUI.consoleMinHeight(screen)));
            assertThat(l.console().width).as("room for the Model tab").isGreaterThanOrEqualTo(420);
            assertThat(l.charts().width).isEqualTo(screen.width);
            assertThat(l.charts().height).as("the charts get more than half the screen's height")
                    .isGreaterThan(screen.height / 2);
            // large fonts: the Console gets the room its policy names need, up to a third
            WorkshopGUI.ComparisonLayout large = WorkshopGUI.comparisonLayout(screen, heightPerWidth, chrome, ChartsFrame.LARGE);
            assertThat(large.console().width).isGreaterThan(l.console().width).isGreaterThanOrEqualTo(screen.width / 3);
            assertThat(large.mapA().width).isGreaterThanOrEqualTo(screen.width / 3);
            // the Console's tabs (Model, Inspectors with an agent's tabs) need 45% of the height
            for (WorkshopGUI.ComparisonLayout any : List.of(l, large)) {
                assertThat(any.console().height).as(screen + " Console").isGreaterThanOrEqualTo((int) (screen.height * 0.45))
                        .isEqualTo(any.mapA().height);
            }
        }
    }

    /** 1366 x 768 in large fonts: the Console was as low as the maps (266 pixels), its tabs unusable. */
    @Test
    void onALowScreenInLargeFontsTheConsoleKeepsItsTabs() throws Exception {
        MapLayout natural = new MapLayout(GuiFixtures.workshop().region(), 1000, 0);
        Rectangle screen = new Rectangle(0, 0, 1366, 768);
        WorkshopGUI.ComparisonLayout l = WorkshopGUI.comparisonLayout(screen, natural.fieldHeight() / natural.regionWidth(),
                new Dimension(22, 34 * 16 / 10 + 22), ChartsFrame.LARGE);
        assertThat(l.console().height).isGreaterThanOrEqualTo(345);
        assertThat(l.charts().height).as("the charts keep more than half").isGreaterThan(768 / 2);
    }

    /** On screen the charts leave out the line the summary above them gives; saved charts keep it. */
    @Test
    void aComparisonsChartsLeaveTheRunLineToTheSummaryOnScreen() throws Exception {
        WorkshopGUI two = GuiFixtures.started(GuiFixtures.workshop(), "none", "trust_building");
        WorkshopGUI one = GuiFixtures.started(GuiFixtures.workshop(), "none");
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            assertThat(two.charts().runLineShown(spec.key())).isFalse();
            assertThat(one.charts().runLineShown(spec.key())).as("a single run's charts too").isFalse();
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

    /** A comparison after 16 quarters in large fonts, its charts window laid out as on a screen of that size. */
    private static ChartsFrame.Content chartsWindow(WorkshopGUI gui, Rectangle screen) throws Exception {
        MapLayout natural = new MapLayout(GuiFixtures.workshop().region(), 1000, 0);
        Rectangle charts = WorkshopGUI.comparisonLayout(screen, natural.fieldHeight() / natural.regionWidth(),
                new Dimension(22, 34 * 16 / 10 + 22), Style.fontScale()).charts();
        ChartsFrame.Content content = new ChartsFrame.Content(gui, () -> { }, on -> { });
        // a window manager's title bar takes about 30 pixels
        content.setSize(charts.width, charts.height - 30);
        for (int pass = 0; pass < 4; pass++) {
            ControlsLayoutTest.layOut(content);
            java.awt.EventQueue.invokeAndWait(() -> { }); // the panels' resize events: fit the charts, the summary
        }
        return content;
    }

    private static WorkshopGUI largeFontComparison() throws Exception {
        Style.setFontScale(ChartsFrame.LARGE);
        ChartsFrame.applyUiFonts(ChartsFrame.LARGE);
        WorkshopGUI gui = GuiFixtures.started(GuiFixtures.workshop(), "none", "trust_building");
        for (int i = 0; i < 16; i++) {
            gui.step();
        }
        gui.charts().setView(LiveCharts.View.SINCE_START);
        return gui;
    }

    /**
     * 1366 x 768 in large fonts (a projector): each chart keeps a plot of at least a third of its
     * height, its title, the line under it and its x-axis label each on one line inside it, a
     * legend without the runs (the summary says A solid, B dashed), and the summary a line per run.
     * Before, titles and lines wrapped and the runs took two more legend rows: the cooperation
     * chart kept a quarter of its height.
     */
    @Test
    void onALowScreenInLargeFontsEachChartKeepsItsPlot() throws Exception {
        WorkshopGUI gui = largeFontComparison();
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1366, 768), new Rectangle(0, 0, 1280, 800))) {
            ChartsFrame.Content content = chartsWindow(gui, screen);
            java.awt.image.BufferedImage probe = new java.awt.image.BufferedImage(1, 1,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = probe.createGraphics();
            for (int i = 0; i < LiveCharts.WORKSHOP.size(); i++) {
                String key = LiveCharts.WORKSHOP.get(i).key();
                ChartPanel p = content.chartPanels().get(i);
                JFreeChart chart = gui.charts().chart(key);
                String where = screen.width + "x" + screen.height + " " + key + " " + p.getSize();
                assertThat(p.getHeight()).as(where).isGreaterThan(240);
                // a third: the Console takes 45% of the screen's height (its tabs need it)
                assertThat(gui.charts().screenDataArea(key, p.getWidth(), p.getHeight()).getHeight()).as(where)
                        .isGreaterThanOrEqualTo(p.getHeight() / 3.0);
                for (var t : List.of(chart.getTitle(), (org.jfree.chart.title.TextTitle) chart.getSubtitle(1))) {
                    assertThat(g.getFontMetrics(t.getFont()).stringWidth(t.getText())).as(where + ": " + t.getText())
                            .isLessThanOrEqualTo(p.getWidth() - 4);
                }
                var x = chart.getXYPlot().getDomainAxis();
                assertThat(g.getFontMetrics(x.getLabelFont()).stringWidth(x.getLabel())).as(where + ": " + x.getLabel())
                        .isLessThan(p.getWidth() * 3 / 4);
                var legend = chart.getXYPlot().getFixedLegendItems();
                for (int k = 0; k < legend.getItemCount(); k++) {
                    assertThat(legend.get(k).getLabel()).as(where).doesNotStartWith("A: ").doesNotStartWith("B: ");
                }
            }
            // the summary: what runs, a line per run, B against A: four lines in its font
            javax.swing.JTextArea summary = content.summaryArea();
            int rows = (summary.getHeight() - summary.getInsets().top - summary.getInsets().bottom)
                    / summary.getFontMetrics(summary.getFont()).getHeight();
            assertThat(rows).as(screen + " " + content.summaryText()).isEqualTo(4);
            assertThat(summary.getFont().getSize()).isGreaterThanOrEqualTo(16);
            g.dispose();
        }
    }

    /**
     * 1920 x 1080 in large fonts: charts and summary keep their full texts, and the summary (the
     * room's numbers) is larger than at 12 points (19 pixels: it looked small beside the charts).
     */
    @Test
    void onAFullHdScreenInLargeFontsTheTextsStayInFull() throws Exception {
        WorkshopGUI gui = largeFontComparison();
        ChartsFrame.Content content = chartsWindow(gui, new Rectangle(0, 0, 1920, 1080));
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            JFreeChart chart = gui.charts().chart(spec.key());
            assertThat(chart.getTitle().getText()).isEqualTo(spec.title());
            assertThat(chart.getTitle().getFont().getSize()).isEqualTo(26);
            assertThat(gui.charts().shownViewLine(spec.key())).isEqualTo(spec.yLabel(LiveCharts.View.SINCE_START));
            assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("Quarter (step; 4 steps = 1 year)");
            assertThat(chart.getLegend().getItemFont().getSize()).isEqualTo(19);
        }
        assertThat(content.summaryArea().getFont().getSize()).as(content.summaryText()).isGreaterThanOrEqualTo(22);
        int rows = content.summaryArea().getHeight() / content.summaryArea().getFontMetrics(
                content.summaryArea().getFont()).getHeight();
        assertThat(rows).as(content.summaryText()).isEqualTo(4);
    }

    /** 1024 x 768 in large fonts: narrow charts, but each keeps a plot. */
    @Test
    void onASmallScreenInLargeFontsEachChartStillHasAPlot() throws Exception {
        WorkshopGUI gui = largeFontComparison();
        ChartsFrame.Content content = chartsWindow(gui, new Rectangle(0, 0, 1024, 768));
        for (int i = 0; i < LiveCharts.WORKSHOP.size(); i++) {
            String key = LiveCharts.WORKSHOP.get(i).key();
            ChartPanel p = content.chartPanels().get(i);
            assertThat(gui.charts().screenDataArea(key, p.getWidth(), p.getHeight()).getHeight()).as(key)
                    .isGreaterThanOrEqualTo(0.3 * p.getHeight());
        }
    }

    /** Before run B's first quarter the screen gives the agency's spending in each run's line (it was only on the B against A line). */
    @Test
    void theAgencysSpendingIsOnScreenFromTheStart() throws Exception {
        WorkshopGUI gui = GuiFixtures.started(GuiFixtures.workshop(), "none", "trust_building");
        List<String> lines = gui.charts().screenSummary();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("A: 0 innovations").contains(", agency 0.00;");
        assertThat(lines.get(2)).startsWith("B: 0 innovations").contains(", agency 0.00;");
        gui.step();
        assertThat(gui.charts().screenSummary()).hasSize(4);
        assertThat(gui.charts().screenSummary().get(3)).startsWith("B against A: ").doesNotContain("agency");
    }

    /** A saved chart keeps what the screen leaves out: full title, lines and x-axis label, the runs in its legend. */
    @Test
    void savedChartsKeepTheirFullTexts() throws Exception {
        WorkshopGUI gui = largeFontComparison();
        LiveCharts charts = gui.charts();
        charts.fit("cooperation_rate", 300, 300);
        JFreeChart chart = charts.chart("cooperation_rate");
        assertThat(chart.getTitle().getText()).isEqualTo("Cooperation rate");
        assertThat(charts.shownViewLine("cooperation_rate")).isEqualTo("mean since start");
        assertThat(chart.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(4);
        List<String> saved = charts.withFullTexts("cooperation_rate", () -> List.of(chart.getTitle().getText(),
                charts.shownViewLine("cooperation_rate"), chart.getXYPlot().getDomainAxis().getLabel(),
                chart.getXYPlot().getFixedLegendItems().get(4).getLabel(),
                chart.getXYPlot().getFixedLegendItems().get(5).getLabel()));
        assertThat(saved).containsExactly("Cooperation rate by agent type",
                "Share of decisions to cooperate (0..1), mean since start", "Quarter (step; 4 steps = 1 year)",
                "A: no moderation", "B: trust building");
        assertThat(chart.getTitle().getText()).as("the screen's again").isEqualTo("Cooperation rate");
        assertThat(chart.getXYPlot().getFixedLegendItems().getItemCount()).isEqualTo(4);
        // the units stay on screen: the y-axis gives them, the summary gives each number's
        assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("Share (0..1)");
        for (String line : charts.screenSummary().subList(1, 3)) {
            assertThat(line).contains(" innovations, ").contains(" start-ups; ")
                    .containsPattern("million EUR: transaction costs [0-9.]+ \\(municipal [0-9.]+\\), agency [0-9.]+;")
                    .contains("; last year (0..1): cooperation rate ");
        }
    }
}
