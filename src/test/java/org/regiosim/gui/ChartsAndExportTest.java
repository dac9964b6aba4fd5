package org.regiosim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiosim.gui.GuiFixtures.started;
import static org.regiosim.gui.GuiFixtures.workshop;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Metric;
import org.regiosim.model.StepMetrics;
import org.regiosim.model.policy.PolicyMix;

/** The live charts carry the model's numbers, with units, and the export writes what the minutes need. */
class ChartsAndExportTest {

    static final int STEPS = 16;

    static WorkshopGUI ran(String... policies) throws Exception {
        WorkshopGUI gui = started(workshop(), policies);
        for (int i = 0; i < STEPS; i++) {
            gui.step();
        }
        return gui;
    }

    @Test
    void everyChartHasOneSeriesPerMetricWithTheModelsValuesPerQuarter() throws Exception {
        WorkshopGUI gui = ran("none");
        List<StepMetrics> history = gui.sim(0).history();
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            for (Metric m : spec.metrics()) {
                XYSeries s = gui.charts().series(spec.key(), 0, m);
                assertThat(s.getItemCount()).as(spec.key() + " " + m).isEqualTo(STEPS);
                int nonNull = 0;
                for (int i = 0; i < STEPS; i++) {
                    assertThat(s.getX(i).intValue()).isEqualTo(i);
                    double v = history.get(i).get(m);
                    Number y = s.getY(i);
                    if (Double.isNaN(v)) {
                        assertThat(y).isNull();
                    } else {
                        assertThat(y.doubleValue()).isEqualTo(v / spec.divisor());
                        nonNull++;
                    }
                }
                if (m != Metric.META_INNOVATIONS) {
                    assertThat(nonNull).as(m + " has values").isPositive();
                }
            }
        }
        assertThat(LiveCharts.sum(gui.charts().rawValues("innovations", 0, Metric.INNOVATIONS))).isPositive();
    }

    @Test
    void theViewsShowTheMeanOfTheLastFourQuartersOrTheStateSinceTheStart() throws Exception {
        WorkshopGUI gui = ran("none");
        LiveCharts charts = gui.charts();
        double[] innov = charts.rawValues("innovations", 0, Metric.INNOVATIONS);
        double[] trust = charts.rawValues("mean_trust", 0, Metric.MEAN_TRUST);
        charts.setView(LiveCharts.View.MEAN_4);
        XYSeries s = charts.series("innovations", 0, Metric.INNOVATIONS);
        assertThat(s.getY(10).doubleValue()).isCloseTo((innov[7] + innov[8] + innov[9] + innov[10]) / 4,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(charts.viewLine("innovations")).isEqualTo("Innovations per quarter, mean of last 4");
        charts.setView(LiveCharts.View.SINCE_START);
        double total = 0;
        for (double v : innov) {
            total += v;
        }
        assertThat(charts.series("innovations", 0, Metric.INNOVATIONS).getY(STEPS - 1).doubleValue()).isEqualTo(total);
        assertThat(charts.viewLine("innovations")).isEqualTo("Innovations, total since start");
        assertThat(charts.viewLine("mean_trust")).isEqualTo("Trust (0..1), mean since start");
        assertThat(charts.chart("innovations").getXYPlot().getRangeAxis().getLabel()).isEqualTo("Innovations");
        double meanTrust = 0;
        int n = 0;
        for (double v : trust) {
            if (!Double.isNaN(v)) {
                meanTrust += v;
                n++;
            }
        }
        assertThat(charts.series("mean_trust", 0, Metric.MEAN_TRUST).getY(STEPS - 1).doubleValue())
                .isCloseTo(meanTrust / n, org.assertj.core.data.Offset.offset(1e-12));
        // new quarters arrive in the view chosen
        gui.step();
        assertThat(charts.series("innovations", 0, Metric.INNOVATIONS).getY(STEPS).doubleValue())
                .isEqualTo(total + gui.sim(0).latest().get(Metric.INNOVATIONS));
        charts.setView(LiveCharts.View.PER_QUARTER);
        assertThat(charts.series("innovations", 0, Metric.INNOVATIONS).getY(3).doubleValue()).isEqualTo(innov[3]);
    }

    @Test
    void axesCarryUnitsAndALineUnderTheTitleSaysWhatTheCurvesShow() {
        LiveCharts charts = new LiveCharts("test", List.of("none"));
        assertThat(charts.charts()).hasSize(4);
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            JFreeChart c = charts.chart(spec.key());
            assertThat(c.getXYPlot().getDomainAxis().getLabel()).isEqualTo("Quarter (step; 4 steps = 1 year)");
            assertThat(c.getXYPlot().getRangeAxis().getLabel()).matches("Thousand EUR|Innovations|.*\\(0\\.\\.1\\)");
            assertThat(charts.viewLine(spec.key())).matches(".*(EUR per quarter|per quarter|\\(0\\.\\.1\\)).*");
        }
        assertThat(charts.viewLine("transaction_costs")).isEqualTo("Thousand EUR per quarter");
        assertThat(charts.chart("transaction_costs").getXYPlot().getRangeAxis().getLabel()).isEqualTo("Thousand EUR");
        // in large fonts the y-axis label still fits a low chart (a comparison's row under the maps)
        Style.setFontScale(ChartsFrame.LARGE);
        try {
            charts.applyFontScale();
            java.awt.image.BufferedImage probe = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = probe.createGraphics();
            for (JFreeChart c : charts.charts()) {
                var axis = c.getXYPlot().getRangeAxis();
                assertThat(g.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel())).as(axis.getLabel())
                        .isLessThan(180);
            }
            g.dispose();
        } finally {
            Style.setFontScale(1.0);
        }
    }

    @Test
    void renderedChartsShowEachSeriesInItsColourAndTheComparisonDashed() throws Exception {
        WorkshopGUI gui = ran("none", "cofunding");
        for (LiveCharts.Spec spec : LiveCharts.WORKSHOP) {
            BufferedImage img = gui.charts().image(spec.key(), 1200, 720);
            for (int i = 0; i < spec.metrics().size(); i++) {
                Color c = LiveCharts.seriesColour(spec, i);
                if (spec.metrics().get(i) == Metric.META_INNOVATIONS) {
                    continue; // often zero: drawn on the axis
                }
                assertThat(count(img, c)).as(spec.key() + " series " + i + " drawn").isGreaterThan(100);
            }
        }
        // A is solid, B dashed: same colour, B's stroke has a dash array
        var r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) gui.charts().chart("mean_trust").getXYPlot().getRenderer();
        assertThat(r.getSeriesPaint(0)).isEqualTo(r.getSeriesPaint(1));
        assertThat(((java.awt.BasicStroke) r.getSeriesStroke(0)).getDashArray()).isNull();
        assertThat(((java.awt.BasicStroke) r.getSeriesStroke(1)).getDashArray()).isNotNull();
    }

    /** Metrics of one quarter: every metric 0 but mean trust. */
    static StepMetrics quarter(int step, double trust) {
        double[] v = new double[Metric.count()];
        v[Metric.MEAN_TRUST.ordinal()] = trust;
        return StepMetrics.of(step, v);
    }

    @Test
    void runBIsDashedEvenWhenAQuarterIsShorterThanADash() {
        LiveCharts charts = new LiveCharts("test", List.of("A: none", "B: trust_building"));
        for (int q = 0; q < 80; q++) {
            charts.append(0, quarter(q, 0.3));
            charts.append(1, quarter(q, 0.7));
        }
        var r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) charts.chart("mean_trust").getXYPlot().getRenderer();
        assertThat(r.getDrawSeriesLineAsPath()).as("one dash pattern along the whole curve").isTrue();
        // 80 quarters on about 400 pixels: 5 pixels a quarter, less than a dash (7 pixels).
        BufferedImage img = charts.image("mean_trust", 500, 400);
        Color c = LiveCharts.seriesColour(LiveCharts.spec("mean_trust"), 0);
        assertThat(gapsAlongBestRow(img, c, img.getHeight() / 2, img.getHeight())).as("A (trust 0.3, lower half) solid")
                .isZero();
        assertThat(gapsAlongBestRow(img, c, 0, img.getHeight() / 2))
                .as("B (trust 0.7, upper half) dashed").isGreaterThan(15);
    }

    @Test
    void switchLabelsStayInsideThePlotAndDoNotOverlap() {
        // a fresh switch at the right edge: its label goes left of the line
        assertThat(LiveCharts.placeLabels(new double[] {390}, new double[] {80}, 0, 400))
                .containsExactly(new LiveCharts.LabelPlace(true, 0, 306));
        assertThat(LiveCharts.placeLabels(new double[] {100}, new double[] {80}, 0, 400))
                .containsExactly(new LiveCharts.LabelPlace(false, 0, 104));
        // two switches close together: one row each; far apart: one row
        assertThat(LiveCharts.placeLabels(new double[] {110, 100}, new double[] {80, 80}, 0, 400))
                .extracting(LiveCharts.LabelPlace::row).containsExactly(1, 0);
        assertThat(LiveCharts.placeLabels(new double[] {100, 300}, new double[] {80, 80}, 0, 400))
                .extracting(LiveCharts.LabelPlace::row).containsExactly(0, 0);
        // two fresh ones at the right edge, both left of their lines, stacked
        assertThat(LiveCharts.placeLabels(new double[] {380, 395}, new double[] {120, 120}, 0, 400))
                .containsExactly(new LiveCharts.LabelPlace(true, 0, 256), new LiveCharts.LabelPlace(true, 1, 271));
        // a label too wide for either side of its line ends at the plot's right edge, all of it inside
        assertThat(LiveCharts.placeLabels(new double[] {150}, new double[] {260}, 0, 300))
                .containsExactly(new LiveCharts.LabelPlace(true, 0, 39));
        // rendered: the label of a switch in the last quarter drawn is left of its line, none of it right
        LiveCharts charts = new LiveCharts("test", List.of("none"));
        for (int q = 0; q < 20; q++) {
            charts.append(0, quarter(q, 0.3));
        }
        charts.markPolicySwitch(0, 19, "trust_building");
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        JFreeChart chart = charts.chart("mean_trust");
        BufferedImage img = chart.createBufferedImage(600, 400, info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        int line = (int) Math.round(chart.getXYPlot().getDomainAxis().valueToJava2D(19, area,
                chart.getXYPlot().getDomainAxisEdge()));
        int ink = new Color(90, 90, 90).getRGB();
        int left = 0;
        int right = 0;
        for (int y = (int) area.getMinY(); y < area.getMinY() + 30; y++) {
            for (int x = (int) area.getMinX(); x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == ink) {
                    left += x < line - 3 ? 1 : 0;
                    right += x > line + 3 ? 1 : 0;
                }
            }
        }
        assertThat(left).as("label pixels left of the line").isGreaterThan(20);
        assertThat(right).as("label pixels right of the line (cut off at the plot's edge)").isZero();
    }

    /** A switch's label wider than a narrow chart's plot is shortened to fit, not cut off at the plot's edge. */
    @Test
    void aLongSwitchLabelIsShortenedToFitANarrowPlot() {
        java.util.function.ToIntFunction<String> w = t -> 7 * t.length();
        assertThat(LiveCharts.fitLabel("q10: trust building", w, 500)).isEqualTo("q10: trust building");
        String fitted = LiveCharts.fitLabel("q10: B -> brokerage + trust building + platform (1/3 each)", w, 200);
        assertThat(fitted).startsWith("q10: B -> brokerage").endsWith("...");
        assertThat(w.applyAsInt(fitted)).isLessThanOrEqualTo(200).isGreaterThan(200 - 3 * 7);
        assertThat(LiveCharts.fitLabel("q10: brokerage", w, 10)).as("at least the quarter").isEqualTo("q10:");

        LiveCharts charts = new LiveCharts("test", List.of("none"));
        for (int q = 0; q < 20; q++) {
            charts.append(0, quarter(q, 0.3));
        }
        charts.markPolicySwitch(0, 3, PolicyNames.readable("brokerage,trust_building,platform"));
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        JFreeChart chart = charts.chart("mean_trust");
        BufferedImage img = chart.createBufferedImage(300, 300, info);
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        int ink = new Color(90, 90, 90).getRGB();
        int label = 0;
        int atEdge = 0;
        for (int y = (int) area.getMinY(); y < area.getMinY() + 25; y++) {
            for (int x = (int) area.getMinX(); x < (int) area.getMaxX(); x++) {
                if (img.getRGB(x, y) == ink) {
                    label++;
                    atEdge += x >= (int) area.getMaxX() - 2 ? 1 : 0;
                }
            }
        }
        assertThat(label).as("the label is drawn").isGreaterThan(40);
        assertThat(atEdge).as("label pixels at the plot's right edge (cut off there)").isZero();
    }

    /**
     * In the row of {@code img} between {@code from} and {@code to} with most pixels of colour
     * {@code c} (the row a horizontal curve runs along), the number of gaps of 3 or more pixels
     * between its first and last pixel of that colour.
     */
    static int gapsAlongBestRow(BufferedImage img, Color c, int from, int to) {
        int best = -1;
        int bestCount = 0;
        for (int y = from; y < to; y++) {
            int n = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRGB(x, y) == c.getRGB() ? 1 : 0;
            }
            if (n > bestCount) {
                bestCount = n;
                best = y;
            }
        }
        assertThat(bestCount).as("a curve in rows " + from + ".." + to).isGreaterThan(50);
        int gaps = 0;
        int run = 0;
        boolean started = false;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean on = img.getRGB(x, best) == c.getRGB();
            if (on) {
                if (started && run >= 3) {
                    gaps++;
                }
                started = true;
                run = 0;
            } else {
                run++;
            }
        }
        return gaps;
    }

    static int count(BufferedImage img, Color c) {
        int n = 0;
        int rgb = c.getRGB();
        for (int p : img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth())) {
            if (p == rgb) {
                n++;
            }
        }
        return n;
    }

    @Test
    void saveWritesEveryChartAndMapAsPngAndASummary(@TempDir Path dir) throws Exception {
        WorkshopGUI gui = ran("none", "brokerage");
        gui.switchPolicy(0, PolicyMix.parse("trust_building"));
        List<Path> files = WorkshopExport.saveAll(gui, dir.resolve("minutes"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "transaction_costs.png", "innovations.png", "cooperation_rate.png", "mean_trust.png",
                "map_a.png", "map_b.png", "summary.txt", "handout.html");
        for (Path f : files) {
            if (f.toString().endsWith(".png")) {
                BufferedImage img = ImageIO.read(f.toFile());
                assertThat(img).as(f.toString()).isNotNull();
                assertThat(img.getWidth()).isIn(WorkshopExport.CHART_WIDTH, WorkshopExport.MAP_WIDTH);
            }
        }
        // a comparison's maps carry the legend in a column at the right (their windows have no room for it)
        BufferedImage mapB = ImageIO.read(dir.resolve("minutes/map_b.png").toFile());
        java.util.Set<Color> legend = new java.util.HashSet<>();
        for (int x = mapB.getWidth() - (int) MapLayout.LEGEND_PX; x < mapB.getWidth(); x++) {
            for (int y = 0; y < mapB.getHeight(); y++) {
                legend.add(new Color(mapB.getRGB(x, y)));
            }
        }
        for (org.regiosim.model.LeadMarket m : org.regiosim.model.LeadMarket.values()) {
            assertThat(legend).as(m.key()).contains(Style.market(m));
        }
        for (org.regiosim.model.Institution.Kind k : org.regiosim.model.Institution.Kind.values()) {
            assertThat(legend).as(k.name()).contains(MapPortrayals.InstitutionPortrayal.colour(k));
        }
        String summary = Files.readString(dir.resolve("minutes/summary.txt"));
        LiveCharts c = gui.charts();
        double a = LiveCharts.sum(c.rawValues("innovations", 0, Metric.INNOVATIONS));
        double b = LiveCharts.sum(c.rawValues("innovations", 1, Metric.INNOVATIONS));
        assertThat(summary).contains("B against A: " + LiveCharts.change(b, a) + " innovations");
        assertThat(LiveCharts.change(110, 100)).isEqualTo("+10.0%");
        assertThat(LiveCharts.change(93, 100)).isEqualTo("-7.0%");
        assertThat(summary).contains("A: no moderation, 16 quarters").contains("B: brokerage, 16 quarters")
                .contains("q16: run A policy -> trust building");
        // what was run, with units, and what the policy cost the agency beside the transaction costs
        assertThat(summary).contains("seed ").contains("scale ").contains("(share of decisions to cooperate)")
                .containsPattern("the agency spent [1-9][0-9.]* against 0.00 million EUR");
        // the policies once as the command line takes them, so that the run can be repeated
        assertThat(summary.lines().toList().get(2)).isEqualTo("Policies for the command line: --compare 'none;brokerage'");
        // the handout: the same summary, every picture of the save embedded, and how to read a comparison
        String handout = Files.readString(dir.resolve("minutes/handout.html"));
        assertThat(handout).contains(org.regiosim.output.Html.esc("Policies for the command line: --compare 'none;brokerage'"));
        for (String line : c.summary()) {
            assertThat(handout).contains(org.regiosim.output.Html.esc(line));
        }
        assertThat(handout).contains("Policy switches during the run: q16: run A policy -&gt; trust building")
                .contains("a gap between run A (solid lines) and run B (dashed)")
                .contains("The workshop region is a sample of 1% of the firms")
                .doesNotContain("src=\"http");
        for (String png : List.of("transaction_costs.png", "innovations.png", "cooperation_rate.png", "mean_trust.png",
                "map_a.png", "map_b.png")) {
            assertThat(handout).as(png).contains(java.util.Base64.getEncoder().encodeToString(
                    Files.readAllBytes(dir.resolve("minutes").resolve(png))));
        }
        // municipalities do not shrink with the workshop's scale: their part is given
        assertThat(summary).containsPattern("A: no moderation, 16 quarters: [0-9,]+ innovations, [0-9,]+ start-ups; [0-9.]+ million "
                + "EUR transaction costs \\([0-9]+\\.[0-9]{2} million of them the municipalities'\\)")
                .doesNotContain("(0.00 million of them");
    }

    @Test
    void theHandoutWritesScalesAsPeopleDo() {
        assertThat(Handout.percent(0.07)).isEqualTo("7%");
        assertThat(Handout.percent(0.29)).isEqualTo("29%");
        assertThat(Handout.percent(0.035)).isEqualTo("3.5%");
        assertThat(Handout.percent(0.01)).isEqualTo("1%");
    }

    @Test
    void aSaveGoesIntoANewFolderAndNeverOverwritesAnEarlierSave(@TempDir Path dir) throws Exception {
        String name = WorkshopExport.folderName("ruhr-workshop", java.time.LocalDateTime.of(2025, 3, 4, 9, 30, 5));
        assertThat(name).isEqualTo("workshop-ruhr-workshop-20250304-093005");
        // the suggested folder: new, also when one of that name exists
        assertThat(WorkshopExport.freshFolder(dir, name)).isEqualTo(dir.resolve(name));
        Files.createDirectories(dir.resolve(name));
        assertThat(WorkshopExport.freshFolder(dir, name)).isEqualTo(dir.resolve(name + "-2"));
        // an empty or new folder takes the save
        assertThat(WorkshopExport.target(dir.resolve(name), name)).isEqualTo(dir.resolve(name));
        assertThat(WorkshopExport.target(dir.resolve("new"), name)).isEqualTo(dir.resolve("new"));
        WorkshopGUI gui = ran("none");
        Path first = dir.resolve(name);
        WorkshopExport.saveAll(gui, first);
        String firstSummary = Files.readString(first.resolve("summary.txt"));
        // a second save directed to the same folder goes into a new folder inside it
        gui.step();
        Path second = WorkshopExport.target(first, name);
        assertThat(second).isEqualTo(first.resolve(name));
        WorkshopExport.saveAll(gui, second);
        assertThat(Files.readString(first.resolve("summary.txt"))).isEqualTo(firstSummary);
        assertThat(Files.readString(second.resolve("summary.txt"))).isNotEqualTo(firstSummary);
        assertThat(WorkshopExport.target(first, name)).isEqualTo(first.resolve(name + "-2"));
    }

    @Test
    void aSingleRunSavedOverAComparisonLeavesNoStaleMaps(@TempDir Path dir) throws Exception {
        WorkshopExport.saveAll(ran("none", "brokerage"), dir);
        assertThat(dir.resolve("map_a.png")).exists();
        List<Path> files = WorkshopExport.saveAll(ran("none"), dir);
        assertThat(files).contains(dir.resolve("map.png"));
        assertThat(dir.resolve("map_a.png")).doesNotExist();
        assertThat(dir.resolve("map_b.png")).doesNotExist();
        assertThat(Files.readString(dir.resolve("summary.txt"))).contains("\nPolicy for the command line: --set 'policy=none'\n");
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "transaction_costs.png", "innovations.png", "cooperation_rate.png", "mean_trust.png", "map.png",
                    "summary.txt", "handout.html");
        }
    }

    @Test
    void theInspectorShowsTrustInPartnersKnowledgeAndHistory() throws Exception {
        WorkshopGUI gui = ran("none");
        AgentHistory history = gui.history(0);
        Firm withPartners = null;
        for (Agent a : gui.view(0).shownAgents()) {
            if (a instanceof Firm f && f.ties().size() > 0 && history.track(f).events().stream()
                    .anyMatch(e -> e.contains("chose to cooperate: project with"))) {
                withPartners = f;
                break;
            }
        }
        assertThat(withPartners).as("some firm cooperated in 16 quarters").isNotNull();
        List<Object[]> partners = AgentInspector.partnerRows(withPartners);
        assertThat(partners).hasSize(withPartners.ties().size());
        for (int i = 0; i < partners.size(); i++) {
            assertThat(partners.get(i)[0]).isEqualTo(AgentInspector.name(withPartners.ties().partner(i)));
            assertThat(Double.parseDouble((String) partners.get(i)[1])).isCloseTo(withPartners.ties().trust(i), org.assertj.core.data.Offset.offset(0.005));
        }
        // what it does now names the other side, whether it leads the project or is the partner
        for (Agent a : gui.view(0).shownAgents()) {
            org.regiosim.model.Project p = a.project();
            if (p != null && p.partner() != null) {
                Agent other = p.lead() == a ? p.partner() : p.lead();
                assertThat(AgentInspector.now(a)).isEqualTo("with " + AgentInspector.name(other) + ", q" + p.startStep()
                        + " until q" + p.endStep());
            }
        }
        List<Object[]> knowledge = AgentInspector.knowledgeRows(withPartners, gui.sim(0));
        assertThat(knowledge).hasSize(withPartners.knowledge().size());
        AgentHistory.Track t = history.track(withPartners);
        assertThat(t.since()).isZero();
        assertThat(t.series()).hasSize(STEPS);
        assertThat(t.events().get(0)).startsWith("q");
        // every event of every followed firm is one of the kinds the recorder knows
        for (Agent a : gui.view(0).shownAgents()) {
            for (String e : history.track(a).events()) {
                assertThat(e).matches("q\\d+: (chose to (cooperate|compete)|joined|solo project ended|cooperation with|"
                        + "left the region|opened for transfer|competes for research grants).*");
            }
        }
        // the Swing inspector builds without a display and fills its tables
        AgentInspector inspector = new AgentInspector(withPartners, gui.sim(0), history, gui);
        inspector.updateInspector();
        assertThat(inspector.getTitle()).isEqualTo("Firm " + withPartners.getId() + " (" + withPartners.getMunicipality() + ")");
        // the details: names a room reads, values with units and separators, no raw doubles
        List<String> details = inspector.detailTexts();
        assertThat(details).contains("Home: " + withPartners.getMunicipality(),
                "Lead market: " + Style.marketName(withPartners.market()));
        String capital = String.format(java.util.Locale.UK, "%,.0f", withPartners.capitalNow(gui.sim(0)));
        assertThat(details).contains("Capital: " + capital + " EUR (after the overhead owed)");
        assertThat(details).contains("Trust in strangers: " + String.format(java.util.Locale.ROOT, "%.2f (0..1)",
                withPartners.getGeneralisedTrust()));
        for (String d : details) {
            assertThat(d).as("no raw double").doesNotContainPattern("\\d\\.\\d{4,}");
            assertThat(d).as("no code name").doesNotContain("_");
        }
        // columns as wide as their names: a narrow tab scrolls the table sideways instead of cutting them
        javax.swing.JTable table = inspector.tables().get(1);
        javax.swing.JScrollPane narrow = new javax.swing.JScrollPane(table);
        narrow.setSize(220, 200);
        ControlsLayoutTest.layOut(narrow);
        ControlsLayoutTest.layOut(narrow);
        for (int col = 0; col < table.getColumnCount(); col++) {
            int nameWidth = table.getFontMetrics(table.getTableHeader().getFont()).stringWidth(table.getColumnName(col));
            assertThat(table.getColumnModel().getColumn(col).getWidth()).as(table.getColumnName(col)).isGreaterThan(nameWidth);
        }
        assertThat(table.getWidth()).as("wider than the tab: it scrolls").isGreaterThan(220);
        // the large-font switch reaches an open inspector at once (also while the model is paused)
        assertThat(inspector.fontSizes()).containsExactly(12, 12, 12, 11);
        Style.setFontScale(ChartsFrame.LARGE);
        try {
            ChartsFrame.applyOwnFonts(new javax.swing.JScrollPane(inspector));
            assertThat(inspector.fontSizes()).containsExactly(19, 19, 19, 18);
        } finally {
            Style.setFontScale(1.0);
        }
    }

    /**
     * In the Console's Inspectors tab at 1366 x 768 in large fonts (about 440 x 150 pixels for
     * the inspector) the tabs are in view: the inspector takes the pane's height and its tabs
     * scroll inside (it asked for the height of all its parts, and the tabs were below the pane).
     * The details give their values the width (no name column), the history chart has its
     * legend on top, and a detached inspector opens beside the Console inside the screen.
     */
    @Test
    void theInspectorsTabsAreInViewInALowConsole() throws Exception {
        WorkshopGUI gui = ran("none");
        Agent firm = gui.view(0).shownAgents().stream().filter(a -> a instanceof Firm).findFirst().orElseThrow();
        Style.setFontScale(ChartsFrame.LARGE);
        try {
            AgentInspector inspector = new AgentInspector(firm, gui.sim(0), gui.history(0), gui);
            javax.swing.JScrollPane pane = new javax.swing.JScrollPane(inspector);
            pane.setBorder(javax.swing.BorderFactory.createEmptyBorder());
            pane.setSize(440, 160);
            for (int i = 0; i < 3; i++) {
                pane.validate();
                ControlsLayoutTest.layOut(pane);
            }
            assertThat(inspector.getHeight()).as("no scrolling to reach the tabs").isLessThanOrEqualTo(160);
            javax.swing.JTabbedPane tabs = findTabs(inspector);
            assertThat(tabs.getY() + tabs.getBoundsAt(0).y + tabs.getBoundsAt(0).height).as("tab strip in view")
                    .isLessThanOrEqualTo(160 - 30);
            assertThat(inspector.headerText()).startsWith(AgentInspector.describe(firm));
            assertThat(inspector.detailTexts().get(0)).startsWith("Now: ");
        } finally {
            Style.setFontScale(1.0);
        }
        // detached: beside the Console (not over its buttons), inside the screen
        java.awt.Rectangle screen = new java.awt.Rectangle(0, 0, 1366, 768);
        java.awt.Rectangle console = new java.awt.Rectangle(906, 0, 460, 345);
        java.awt.Rectangle d = AgentInspector.detachedBounds(new java.awt.Dimension(536, 900), console, screen, 1.6);
        assertThat(screen.contains(d)).as(d.toString()).isTrue();
        assertThat(d.intersects(console)).isFalse();
        assertThat(d.width).isGreaterThanOrEqualTo(536);
    }

    private static javax.swing.JTabbedPane findTabs(java.awt.Container c) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JTabbedPane t) {
                return t;
            }
            if (k instanceof java.awt.Container cc && findTabs(cc) != null) {
                return findTabs(cc);
            }
        }
        return null;
    }
}
