package org.regiosim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.regiosim.experiment.SimulationRun;
import org.regiosim.model.Agent;
import org.regiosim.model.RegioSim;
import org.regiosim.model.StepMetrics;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.model.params.Parameters;
import org.regiosim.model.policy.PolicyMix;
import org.regiosim.scenario.Scenario;

import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * Workshop mode: the MASON GUIState that portrays one run of a scenario, or two runs of it side
 * by side in lockstep (same seed, different policies). It only portrays: the model is built by
 * {@link SimulationRun#create} exactly as in batch runs, and the GUI reads it after each quarter
 * without drawing from its random generator, so a run gives the same numbers with or without the
 * GUI. Everything but the Swing frames works headless (tests step it and render offscreen).
 */
public class WorkshopGUI extends GUIState implements WorkshopControls.Host {

    /**
     * Display options, and the {@code --set} overrides the scenario was loaded with (KEY=VALUE as
     * typed), which the run's description names: the minutes of a run with a changed parameter
     * must not read like those of the scenario as written.
     */
    public record Options(int maxFirms, int mapWidthPx, List<String> setAtLaunch) {
        public Options {
            setAtLaunch = List.copyOf(setAtLaunch);
        }

        public Options(int maxFirms, int mapWidthPx) {
            this(maxFirms, mapWidthPx, List.of());
        }

        public static Options defaults() {
            return new Options(RegionView.DEFAULT_MAX_FIRMS, 900);
        }
    }

    private final Scenario scenario;
    private final Options options;
    private final int runs;
    private final WorkshopControls controls;
    private final LiveCharts charts;
    /** Written by the model thread (scheduled switches) and the Swing thread, read by both. */
    private final List<String> interventions = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Per run, its policy switches as the summary's first line gives them after the policy at
     * start ("from q33 brokerage"), so that this line tells which policy ran (written as
     * {@link #interventions}).
     */
    private final List<List<String>> switchesByRun = new ArrayList<>();
    /** The summary's first line before and after the policies, as the run started (sliders act at the next start). */
    private String subtitleHead = "";
    private String subtitleTail = "";
    /** The policies at start, as the run started. */
    private String[] startPolicyNames = new String[0];
    /** The policies at start as the command line takes them, as the run started (the controls hold the next start's). */
    private String[] startPolicyKeys = new String[0];
    private AgentHistory[] histories;
    private RegionView[] views = new RegionView[0];
    private MapLayers[] layers = new MapLayers[0];
    private Display2D[] displays;
    private JFrame[] displayFrames;
    private ChartsFrame chartsFrame;
    /** True between start and finish (set by the Console's thread, read by the Swing thread). */
    private volatile boolean running;
    /** The policy each run followed at the last look, to notice scheduled switches. */
    private PolicyMix[] lastPolicy = new PolicyMix[0];
    private Runnable onQuit = () -> { };
    /** Pixels (at zoom 1) the region gets on the map; the GUI fits it to the window. */
    private int regionPx;
    private int mapHeightPx;
    private Runnable onRunEnd = () -> { };

    /**
     * @param startPolicies one policy (a single run) or two (a comparison), e.g. "none", "brokerage"
     */
    public WorkshopGUI(Scenario scenario, List<String> startPolicies, Options options) {
        this(scenario, startPolicies, options, new Holder());
    }

    private static final class Holder {
        WorkshopGUI gui;
    }

    private WorkshopGUI(Scenario scenario, List<String> startPolicies, Options options, Holder holder) {
        super(new LockstepState(scenario.seed(), startPolicies.size(), (run, seed) -> holder.gui.createRun(run, seed)));
        holder.gui = this;
        if (startPolicies.isEmpty() || startPolicies.size() > 2) {
            throw new IllegalArgumentException("one or two policies, not " + startPolicies.size());
        }
        this.scenario = scenario;
        this.options = options;
        this.runs = startPolicies.size();
        this.regionPx = options.mapWidthPx();
        this.controls = new WorkshopControls(this, scenario.parameters(), startPolicies);
        this.charts = new LiveCharts(subtitle(), chartRunLabels());
        this.histories = new AgentHistory[runs];
        for (int r = 0; r < runs; r++) {
            histories[r] = new AgentHistory();
        }
    }

    public static String getName() {
        return "RegioSim workshop";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>RegioSim workshop mode</h2>"
                + "<p>Firms, universities and municipalities of the Ruhr choose each quarter to cooperate or to compete; "
                + "the regional development agency moderates without authority.</p>"
                + "<p><b>Map:</b> firms coloured by lead market (circle: chose to cooperate, triangle: to compete), "
                + "municipalities ringed and universities filled green (cooperate) or orange (compete); lines are running "
                + "cooperations; hexagons are networks, associations and competence centres. Click an agent to inspect it.</p>"
                + "<p><b>Model tab:</b> switch the policy while the model runs; sliders act at the next start.</p>"
                + "<p>See docs/WORKSHOP.md for a facilitator's script.</p></body></html>";
    }

    // ------------------------------------------------------------------ runs

    /** Builds run {@code run} as a batch run would, with the controls' parameters and policy. */
    RegioSim createRun(int run, long consoleSeed) {
        long scenarioSeed = scenario.seed();
        // The Console keeps seeds as int: keep the scenario's seed when the Console did not change it.
        long seed = consoleSeed == (int) scenarioSeed ? scenarioSeed : consoleSeed;
        Parameters p = controls.nextParameters().with(ParameterSchema.POLICY, controls.startPolicy(run));
        controls.started();
        return SimulationRun.create(scenario.withParameters(p), seed);
    }

    public LockstepState lockstep() {
        return (LockstepState) state;
    }

    public RegioSim sim(int run) {
        return lockstep().sims().get(run);
    }

    public int runs() { return runs; }
    public Scenario scenario() { return scenario; }
    public WorkshopControls controls() { return controls; }

    /** The policy run {@code run} started with, as the command line takes it (not the next start's). */
    String startedPolicy(int run) { return startPolicyKeys[run]; }
    public LiveCharts charts() { return charts; }
    public RegionView view(int run) { return views[run]; }
    public MapLayers layers(int run) { return layers[run]; }
    public AgentHistory history(int run) { return histories[run]; }
    /** Policy switches made during the current run, as text. */
    public List<String> interventions() { return interventions; }

    void setOnQuit(Runnable r) {
        onQuit = r;
    }

    /** Runs after each run stops (Console's Stop, or the end quarter reached). */
    void setOnRunEnd(Runnable r) {
        onRunEnd = r;
    }

    /** Labels of the runs in the charts: the policies each run started with. */
    private List<String> chartRunLabels() {
        List<String> l = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            String policy = PolicyNames.readable(controls.startPolicy(r));
            l.add(runs == 1 ? policy : runLetter(r) + ": " + policy);
        }
        return l;
    }

    static String runLetter(int r) {
        return r == 0 ? "A" : "B";
    }

    /** The summary's first line for a run starting now (no switches yet). */
    private String subtitle() {
        Parameters p = controls.nextParameters();
        String changed = controls.changesFromScenario();
        subtitleHead = String.format(Locale.ROOT, "%s, seed %d, scale %s; ", scenario.name(), state.seed(),
                org.regiosim.output.Numbers.format(p.real(ParameterSchema.SCALE)));
        subtitleTail = setAtLaunch() + (changed.isEmpty() ? "" : "; changed: " + changed);
        startPolicyNames = new String[runs];
        startPolicyKeys = new String[runs];
        switchesByRun.clear();
        for (int r = 0; r < runs; r++) {
            startPolicyKeys[r] = controls.startPolicy(r);
            startPolicyNames[r] = PolicyNames.readable(startPolicyKeys[r]);
            switchesByRun.add(new java.util.concurrent.CopyOnWriteArrayList<>());
        }
        return liveSubtitle();
    }

    /**
     * The summary's first line with the policy switches so far: "A no moderation (solid), B no
     * moderation, from q33 brokerage (dashed)" (it said "B no moderation" after the switch).
     */
    private String liveSubtitle() {
        return subtitleHead + (runs == 1 ? "policy at start: " + policies(0)
                : "A " + policies(0) + " (solid), B " + policies(1) + " (dashed)") + subtitleTail;
    }

    private String policies(int run) {
        StringBuilder sb = new StringBuilder(startPolicyNames[run]);
        for (String s : switchesByRun.get(run)) {
            sb.append(", ").append(s);
        }
        return sb.toString();
    }

    /** "; set at launch: ..." naming the --set overrides (as on the sliders where one has the key), or "". */
    private String setAtLaunch() {
        List<String> named = new java.util.ArrayList<>();
        for (String set : options.setAtLaunch()) {
            int eq = set.indexOf('=');
            String key = eq < 0 ? set : set.substring(0, eq).strip();
            if (key.equals(ParameterSchema.SCALE.key()) || key.equals(ParameterSchema.SEED.key())
                    || key.equals(ParameterSchema.POLICY.key()) || key.equals(ParameterSchema.POLICY_CHANGES.key())) {
                continue; // these lines give them already (policy switches on a line of their own)
            }
            WorkshopControls.Slider slider = WorkshopControls.SLIDERS.stream()
                    .filter(sl -> sl.param().key().equals(key)).findFirst().orElse(null);
            named.add(slider == null ? set.strip()
                    : slider.name() + " " + WorkshopControls.grouped(scenario.parameters().real(slider.param())) + " "
                            + slider.unit());
        }
        return named.isEmpty() ? "" : "; set at launch: " + String.join(", ", named);
    }

    @Override
    public List<String> runLabels() {
        return runs == 1 ? List.of("") : List.of("A", "B");
    }

    @Override
    public PolicyMix livePolicy(int run) {
        List<RegioSim> sims = lockstep().sims();
        return sims.isEmpty() || !running ? null : sims.get(run).agency().policy();
    }

    @Override
    public void switchPolicy(int run, PolicyMix mix) {
        RegioSim sim = sim(run);
        int from;
        synchronized (state.schedule) {
            sim.setPolicy(mix);
            lastPolicy[run] = mix;
            // read under the lock: a quarter may end the moment it is released
            from = sim.currentStep();
        }
        markSwitch(run, from, mix, "");
    }

    /** Records and marks a policy switch acting from quarter {@code step} on. */
    private void markSwitch(int run, int step, PolicyMix mix, String how) {
        String name = PolicyNames.readable(mix);
        interventions.add("q" + step + ": " + (runs > 1 ? "run " + runLetter(run) + " " : "") + "policy -> " + name + how);
        switchesByRun.get(run).add("from q" + step + " " + name);
        String sub = liveSubtitle();
        onSwing(() -> {
            charts.setSubtitle(sub);
            charts.markPolicySwitch(run, step, name);
            if (chartsFrame != null) {
                chartsFrame.refreshSummary();
            }
        });
        if (displays != null) {
            for (Display2D d : displays) {
                d.repaint();
            }
        }
    }

    // ------------------------------------------------------------------ GUIState life cycle

    @Override
    public void start() {
        interventions.clear();
        super.start(); // LockstepState builds and starts the runs
        running = true;
        views = new RegionView[runs];
        layers = new MapLayers[runs];
        lastPolicy = new PolicyMix[runs];
        for (int r = 0; r < runs; r++) {
            histories[r].clear();
            MapLayout layout = new MapLayout(scenario.region(), regionPx, legendPx(), mapHeightPx);
            views[r] = new RegionView(sim(r), layout, options.maxFirms(), runs == 1 ? "" : "Run " + runLetter(r));
            final int run = r;
            layers[r] = new MapLayers(views[r], a -> inspectorFor(run, a));
            views[r].refresh();
            lastPolicy[r] = sim(r).agency().policy();
        }
        String sub = subtitle();
        List<String> labels = chartRunLabels();
        onSwing(() -> {
            charts.clear(sub, labels);
            if (chartsFrame != null) {
                chartsFrame.refreshSummary();
            }
        });
        scheduleRepeatingImmediatelyAfter((Steppable) s -> afterQuarter());
        if (displays != null) {
            for (int r = 0; r < runs; r++) {
                displays[r].detatchAll();
                for (MapLayers.Layer l : layers[r].layers()) {
                    displays[r].attach(l.portrayal(), l.name(), runs == 1 || !l.name().equals(MapLayers.LEGEND));
                }
                displays[r].reset();
                displays[r].repaint();
            }
        }
    }

    /** After every quarter (under the schedule's lock): refresh maps, follow agents, feed charts. */
    private void afterQuarter() {
        List<StepMetrics> latest = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            RegioSim sim = sim(r);
            PolicyMix now = sim.agency().policy();
            if (now != lastPolicy[r]) {
                // a switch the scenario scheduled (policy_changes): it acted from the quarter just done
                lastPolicy[r] = now;
                markSwitch(r, sim.currentStep() - 1, now, " (scheduled)");
            }
            views[r].refresh();
            histories[r].record(sim.currentStep() - 1, views[r].shownAgents());
            latest.add(sim.latest());
        }
        onSwing(() -> {
            for (int r = 0; r < latest.size(); r++) {
                charts.append(r, latest.get(r));
            }
            if (chartsFrame != null) {
                chartsFrame.refreshSummary();
            }
        });
    }

    @Override
    public void finish() {
        boolean wasRunning = running;
        running = false;
        super.finish();
        if (wasRunning) {
            onRunEnd.run();
        }
    }

    /**
     * Pixels for the legend column right of the region: in a comparison the two maps are narrow,
     * so the legend is a layer switched off at first (Layers menu) and gets no column.
     */
    private double legendPx() {
        return runs == 1 ? MapLayout.LEGEND_PX * Style.legendScale() : 0.0;
    }

    /** Runs on the Swing thread when there is a GUI, at once when headless (tests). */
    private void onSwing(Runnable r) {
        if (controller == null || SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    Inspector inspectorFor(int run, Agent a) {
        AgentInspector i = new AgentInspector(a, sim(run), histories[run], this);
        i.setVolatile(true);
        return i;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return null;
    }

    @Override
    public sim.util.Properties getSimulationProperties() {
        return controls;
    }

    /** The Console's Model tab: the controls one below the other, scrolling vertically only. */
    @Override
    public Inspector getInspector() {
        Inspector i = new ControlsInspector(controls, this);
        i.setVolatile(true);
        return i;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        displays = new Display2D[runs];
        displayFrames = new JFrame[runs];
        // The map (region and legend) fills its window's width: half the screen, or (a comparison)
        // what comparisonLayout gives.
        MapLayout natural = new MapLayout(scenario.region(), 1000, 0);
        Rectangle mapFrame = runs == 1 ? new Rectangle(0, 0, screen.width / 2, (int) (screen.height * 0.62))
                : comparisonLayout(screen, natural.fieldHeight() / natural.regionWidth(), estimatedMapChrome(),
                        Style.fontScale()).mapA();
        regionPx = Math.max(300, mapFrame.width - 40 - (int) Math.round(legendPx()));
        // ... and its height: the window's, less the Display2D's header and scroll bars.
        mapHeightPx = Math.max(200, mapFrame.height - 110);
        MapLayout probe = new MapLayout(scenario.region(), regionPx, legendPx(), mapHeightPx);
        for (int r = 0; r < runs; r++) {
            Display2D d = new WorkshopDisplay(probe.displayWidthPx(), probe.displayHeightPx(), this);
            d.setBackdrop(Style.BACKDROP);
            // Movies need JMF, which the build leaves out: hide the movie button.
            d.movieButton.setVisible(false);
            JFrame f = d.createFrame();
            f.setTitle(runs == 1 ? "RegioSim - map of the region"
                    : "RegioSim - run " + runLetter(r) + " (started with " + PolicyNames.readable(controls.startPolicy(r)) + ")");
            c.registerFrame(f);
            displays[r] = d;
            displayFrames[r] = f;
        }
        chartsFrame = new ChartsFrame(this);
        c.registerFrame(chartsFrame);
        arrange(screen, null);
        for (JFrame f : displayFrames) {
            f.setVisible(true);
        }
        chartsFrame.setVisible(true);
        arrangeMeasured(screen);
        fitMaps();
    }

    /**
     * In a comparison: now that the map windows are shown, their toolbar, scroll bars and title
     * bar are known: sizes them to the region, so that the charts get the height the maps do not need.
     */
    private void arrangeMeasured(Rectangle screen) {
        if (runs > 1) {
            displayFrames[0].validate();
            java.awt.Dimension port = displays[0].display.getViewport().getExtentSize();
            if (port.width > 50 && port.height > 50) {
                arrange(screen, new java.awt.Dimension(displayFrames[0].getWidth() - port.width + 2,
                        displayFrames[0].getHeight() - port.height + 2));
            }
        }
    }

    /**
     * The font scale changed while the GUI runs (the Large fonts box; call on the Swing thread):
     * a comparison's layout depends on it (the Console's width, the charts' least height, the
     * maps' toolbar), so the windows are placed anew and the maps fitted to them.
     */
    void fontScaleChanged() {
        if (runs < 2 || displayFrames == null || chartsFrame == null) {
            return;
        }
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        arrange(screen, null);
        arrangeMeasured(screen);
        fitMaps();
    }

    /**
     * Sizes the maps to the room their windows really have (known only now that they are shown:
     * title bars, the Display2D's header in large fonts), so that map and legend fit without
     * scroll bars. The region keeps its shape: it fills the width or the height, whichever is
     * less; the map fills the window's height, the legend gets its full column.
     */
    private void fitMaps() {
        JFrame f = displayFrames[0];
        f.validate();
        // what the scroll pane shows (MASON shows its scroll bars always)
        java.awt.Dimension port = displays[0].display.getViewport().getExtentSize();
        int w = port.width - 2;
        int h = port.height - 2;
        if (w < 200 || h < 150) {
            return; // not laid out (or a tiny window): keep the sizes from the screen's
        }
        MapLayout natural = new MapLayout(scenario.region(), 1000, 0);
        double heightPerWidth = natural.fieldHeight() / natural.regionWidth();
        regionPx = (int) Math.max(200, Math.min(w - legendPx(), h / heightPerWidth));
        mapHeightPx = h;
        MapLayout fitted = new MapLayout(scenario.region(), regionPx, legendPx(), mapHeightPx);
        for (Display2D d : displays) {
            d.insideDisplay.width = fitted.displayWidthPx();
            d.insideDisplay.height = fitted.displayHeightPx();
            d.display.revalidate();
            d.repaint();
        }
    }

    /** Places the windows: maps on top (side by side in a comparison), charts beside or below. */
    private void arrange(Rectangle s, java.awt.Dimension mapChrome) {
        int half = s.width / 2;
        if (runs == 1) {
            displayFrames[0].setBounds(s.x, s.y, half, (int) (s.height * 0.62));
            chartsFrame.setBounds(s.x + half, s.y, s.width - half, s.height);
            if (controller instanceof JFrame console) {
                console.setBounds(s.x, s.y + (int) (s.height * 0.62), half, s.height - (int) (s.height * 0.62));
            }
            return;
        }
        MapLayout natural = new MapLayout(scenario.region(), 1000, 0);
        ComparisonLayout l = comparisonLayout(s, natural.fieldHeight() / natural.regionWidth(),
                mapChrome != null ? mapChrome : estimatedMapChrome(), Style.fontScale());
        displayFrames[0].setBounds(l.mapA());
        displayFrames[1].setBounds(l.mapB());
        chartsFrame.setBounds(l.charts());
        if (controller instanceof JFrame console) {
            console.setBounds(l.console());
        }
    }

    /**
     * What a map window has besides its map before it is shown: MASON's toolbar (it grows with
     * large fonts), scroll bars and borders (pixels); measured once the windows are shown.
     */
    private static java.awt.Dimension estimatedMapChrome() {
        return new java.awt.Dimension(22, (int) Math.round(34 * Style.fontScale()) + 22);
    }

    /** The windows of a comparison: the two maps and the Console in a row on top, the charts below. */
    record ComparisonLayout(Rectangle mapA, Rectangle mapB, Rectangle console, Rectangle charts) {
    }

    /**
     * Lays out a comparison on screen {@code s}: the Console at the top right, a quarter of the
     * width, at least 420 pixels times the font scale (its Model tab holds the policies' names),
     * at most a third; the two maps side by side in the rest, each
     * window as high as its map needs at that width (the region is wider than high) plus
     * {@code mapChrome} (toolbar, scroll bars, title bar); the charts get the full width and the
     * height the maps leave: at least 45% of the screen and, where the Console's minimum allows,
     * 310 + 120 x the font scale pixels (430; 502 in large fonts). The row of maps and Console is
     * at least 45% of the screen high from 1280 pixels wide, 30% below ({@link #consoleMinHeight}:
     * the Console's tabs need it; on a 1366 x 768 projector in large fonts the charts then get 422
     * pixels, 55%). The windows tile the screen.
     *
     * @param heightPerWidth the region's height per width (margins included)
     */
    static ComparisonLayout comparisonLayout(Rectangle s, double heightPerWidth, java.awt.Dimension mapChrome,
                                             double fontScale) {
        int consoleW = Math.min(s.width / 3, Math.max((int) Math.round(420 * fontScale), s.width / 4));
        int mapW = (s.width - consoleW) / 2;
        int needed = mapChrome.height + (int) Math.ceil((mapW - mapChrome.width) * heightPerWidth);
        // The charts window needs its bar, the summary and charts with room for their plots: on a
        // low screen (768 pixels, large fonts) the maps give up some of their height for it.
        int chartsMin = (int) Math.round(310 + 120 * fontScale);
        // The Console shares the maps' row: it needs 45% of the screen's height for its tabs (the
        // Model tab's controls, the Inspectors tab's agent list above an inspector with its tabs).
        int topH = Math.max(consoleMinHeight(s),
                Math.min(Math.min((int) (s.height * 0.55), s.height - chartsMin), needed));
        return new ComparisonLayout(
                new Rectangle(s.x, s.y, mapW, topH),
                new Rectangle(s.x + mapW, s.y, mapW, topH),
                new Rectangle(s.x + 2 * mapW, s.y, s.width - 2 * mapW, topH),
                new Rectangle(s.x, s.y + topH, s.width, s.height - topH));
    }

    /**
     * The least height a comparison's Console gets: 45% of the screen's (30% on a screen narrower
     * than 1280 pixels: there the four charts are so narrow that their legends take three rows,
     * and they need the height more).
     */
    static int consoleMinHeight(Rectangle s) {
        return (int) Math.round(s.height * (s.width >= 1280 ? 0.45 : 0.3));
    }

    /** Charts window and maps, for the export and the menus. */
    ChartsFrame chartsFrame() { return chartsFrame; }

    @Override
    public void quit() {
        super.quit();
        if (chartsFrame != null) {
            chartsFrame.dispose();
        }
        if (displayFrames != null) {
            for (JFrame f : displayFrames) {
                f.dispose();
            }
        }
        onQuit.run();
    }

    /**
     * The Console's Inspectors tab lists the inspected agents above the inspector, in a list 60
     * pixels high: a click inspects one agent, so the list gets one row's height (at the current
     * font) and the inspector the rest. Finds MASON's split pane (list above, inspector below).
     */
    static void compactInspectorList(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JSplitPane split && split.getTopComponent() instanceof javax.swing.JScrollPane top
                    && top.getViewport().getView() instanceof javax.swing.JList<?> list) {
                split.setDividerLocation(split.getInsets().top + oneRowHeight(list, top) + 2);
                return;
            }
            if (child instanceof java.awt.Container k) {
                compactInspectorList(k);
            }
        }
    }

    /** The height of a list pane showing one row of {@code list}. */
    static int oneRowHeight(javax.swing.JList<?> list, javax.swing.JScrollPane pane) {
        java.awt.Rectangle cell = list.getModel().getSize() > 0 ? list.getCellBounds(0, 0) : null;
        int row = cell != null ? cell.height : list.getFontMetrics(list.getFont()).getHeight() + 2;
        java.awt.Insets in = pane.getInsets();
        java.awt.Insets li = list.getInsets();
        return row + in.top + in.bottom + li.top + li.bottom;
    }

    /** A Display2D where one click on an agent inspects it (MASON's default needs a double click). */
    static final class WorkshopDisplay extends Display2D {
        private static final long serialVersionUID = 1L;
        private final transient GUIState gui;

        WorkshopDisplay(double w, double h, GUIState gui) {
            super(w, h, gui);
            this.gui = gui;
        }

        @Override
        public boolean handleMouseEvent(MouseEvent e) {
            if (e.getID() == MouseEvent.MOUSE_CLICKED && e.getClickCount() == 1 && SwingUtilities.isLeftMouseButton(e)) {
                // The model thread rebuilds the fields after each quarter under this lock.
                synchronized (gui.state.schedule) {
                    return inspectAt(e);
                }
            }
            return super.handleMouseEvent(e);
        }

        private boolean inspectAt(MouseEvent e) {
            Rectangle2D.Double at = new Rectangle2D.Double(e.getX() - 1, e.getY() - 1, 3, 3);
            Bag[] hits = objectsHitBy(at);
            // The topmost layer wins: a firm over its municipality, a university over both.
            for (int layer = hits.length - 1; layer >= 0; layer--) {
                if (hits[layer].numObjs > 0) {
                    LocationWrapper w = (LocationWrapper) hits[layer].objs[hits[layer].numObjs - 1];
                    Bag inspectors = new Bag();
                    Bag names = new Bag();
                    // The object's own inspector, not MASON's field wrapper around it, which heads
                    // it with the map position in km ("Position (49.6488264806511, 56.37...)").
                    inspectors.add(w.getFieldPortrayal().getPortrayalForObject(w.getObject()).getInspector(w, gui));
                    names.add(w.getObject() instanceof Agent a ? AgentInspector.name(a) : w.getFieldPortrayal().getName(w));
                    gui.controller.setInspectors(inspectors, names);
                    if (gui.controller instanceof java.awt.Container console) {
                        compactInspectorList(console);
                    }
                    performSelection(w);
                    return true;
                }
            }
            return false;
        }
    }
}
