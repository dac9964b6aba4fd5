package org.regiosim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableModel;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Knowledge;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.Municipality;
import org.regiosim.model.RegioSim;
import org.regiosim.model.TrustLedger;
import org.regiosim.model.University;
import org.regiosim.output.ChartSpec;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * What clicking an agent shows: who it is, its trust in each remembered partner, its knowledge
 * (the kene: technologies with ability and expertise), and its history (events and a small
 * chart of its propensity to cooperate and mean trust per quarter), beside MASON's property list.
 */
public final class AgentInspector extends Inspector {

    private static final long serialVersionUID = 1L;

    private final transient Agent agent;
    private final transient RegioSim sim;
    private final transient AgentHistory history;
    private final SimpleInspector properties;
    /** Who the agent is and what it does now: lines that wrap in a narrow inspector. */
    private final ControlsInspector.WrappingLabel header = new ControlsInspector.WrappingLabel();
    private final DefaultTableModel partners = new DefaultTableModel(PARTNER_COLUMNS, 0);
    private final DefaultTableModel knowledge = new DefaultTableModel(KNOWLEDGE_COLUMNS, 0);
    private final JTextArea events = new JTextArea(8, 40);
    private final XYSeries propensity = new XYSeries("propensity to cooperate", false, true);
    private final XYSeries trust = new XYSeries("mean trust in partners", false, true);
    private final List<JTable> tables = new ArrayList<>();
    private JFreeChart chart;
    /** The font scale the inspector's own fonts were last set for. */
    private double appliedScale = Double.NaN;

    static final String[] PARTNER_COLUMNS = {"Partner", "Trust (0..1)", "Joint successes", "Still in region"};
    static final String[] KNOWLEDGE_COLUMNS = {"Technology", "Field (lead market)", "Ability (0..1)", "Expertise (1..10)"};

    public AgentInspector(Agent agent, RegioSim sim, AgentHistory history, GUIState gui) {
        this.agent = agent;
        this.sim = sim;
        this.history = history;
        setLayout(new BorderLayout());
        setTitle(String.valueOf(agent));
        properties = new SimpleInspector(agent, gui, null);
        properties.setVolatile(true);

        header.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        events.setEditable(false);
        events.setLineWrap(true);
        events.setWrapStyleWord(true);
        // Tabs, so that the inspector fits the Console's Inspectors pane as well as its own window.
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab("Trust in partners", table(partners, 6, tables));
        tabs.addTab("Knowledge", table(knowledge, 6, tables));
        JPanel hist = new JPanel(new BorderLayout());
        JScrollPane ev = new JScrollPane(events);
        ev.setPreferredSize(new Dimension(380, 150));
        hist.add(ev, BorderLayout.CENTER);
        hist.add(historyChart(), BorderLayout.SOUTH);
        tabs.addTab("History", hist);
        tabs.addTab("Properties", new JScrollPane(properties));
        add(header, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        // The model may be running: read it under the schedule's lock, as MASON's updates do.
        synchronized (gui.state.schedule) {
            updateInspector();
        }
    }

    private static java.awt.Component table(DefaultTableModel model, int rows, List<JTable> tables) {
        JTable t = new JTable(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        tables.add(t);
        JScrollPane s = new JScrollPane(t);
        s.setPreferredSize(new Dimension(380, (int) ((rows + 1.5) * t.getRowHeight())));
        return s;
    }

    private java.awt.Component historyChart() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(propensity);
        c.addSeries(trust);
        chart = ChartFactory.createXYLineChart(null, ChartSpec.X_LABEL, "Probability / trust (0..1)", c,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Style.COOPERATE);
        r.setSeriesPaint(1, Style.TIE_FIRM_FIRM);
        chart.getXYPlot().setRenderer(r);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(380, 180));
        return panel;
    }

    /** One line about who the agent is. */
    static String describe(Agent a) {
        if (a instanceof Firm f) {
            return "Firm " + f.getId() + " in " + f.getMunicipality() + ", " + Style.marketName(f.market()) + ", "
                    + f.getEmployees() + " employees";
        }
        if (a instanceof University u) {
            return u.getName() + " (" + u.getType() + ", " + u.getCity() + ")";
        }
        Municipality m = (Municipality) a;
        return m.getName() + " (" + m.getDistrict() + ", " + MapLegend.number(m.getPopulation()) + " inhabitants)";
    }

    /**
     * The agent's project seen from the agent: "with firm 87" names the other side also when
     * the agent is the partner (the project's own text names its partner).
     */
    static String now(Agent a) {
        org.regiosim.model.Project p = a.project();
        if (p == null) {
            return "idle";
        }
        Agent other = p.lead() == a ? p.partner() : p.lead();
        return (other == null ? "solo" : "with " + other) + ", steps " + p.startStep() + "-" + p.endStep();
    }

    /** Rows of the partner table: partner, trust, joint successes, still active. */
    static List<Object[]> partnerRows(Agent a) {
        List<Object[]> rows = new ArrayList<>();
        TrustLedger l = a.ties();
        for (int i = 0; i < l.size(); i++) {
            rows.add(new Object[] {String.valueOf(l.partner(i)), round(l.trust(i)), l.jointSuccesses(i),
                l.partner(i).isActive() ? "yes" : "no"});
        }
        return rows;
    }

    /** Rows of the knowledge table: technology id, its field, ability, expertise. */
    static List<Object[]> knowledgeRows(Agent a, RegioSim sim) {
        List<Object[]> rows = new ArrayList<>();
        Knowledge k = a.knowledge();
        if (k == null) {
            return rows;
        }
        for (int i = 0; i < k.size(); i++) {
            int tech = k.technology(i);
            rows.add(new Object[] {"technology " + tech, Style.marketName(LeadMarket.of(sim.technologies().field(tech))),
                round(k.ability(i)), k.expertise(i)});
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public void updateInspector() {
        String choice = agent.getLastDecisionStep() < 0 ? "no decision yet"
                : (agent.getChoseCooperate() ? "cooperate" : "compete") + " (q" + agent.getLastDecisionStep() + ")";
        String text = String.format(Locale.ROOT,
                "%s%nLast decision: %s. Propensity to cooperate %.2f, trust in strangers %.2f.%n%s%s",
                describe(agent), choice, agent.getCooperationProbability(), agent.getGeneralisedTrust(),
                !agent.isActive() ? "Left the region."
                        : agent instanceof University u ? "Now: " + u.getRunningProjects() + " of " + u.getCapacity()
                                + " transfer project places in use"
                        : "Now: " + now(agent),
                agent.knowledge() == null ? "\nMunicipalities hold no technologies: they cooperate in location marketing." : "");
        if (!text.equals(header.getText())) {
            header.setText(text);
        }
        applyFontScale();
        setRows(partners, partnerRows(agent));
        setRows(knowledge, knowledgeRows(agent, sim));
        AgentHistory.Track t = history == null ? null : history.track(agent);
        StringBuilder sb = new StringBuilder();
        if (t == null) {
            sb.append("Not followed: only agents drawn on the map are followed.");
        } else {
            sb.append("Followed since q").append(t.since()).append(".\n");
            for (String e : t.events()) {
                sb.append(e).append('\n');
            }
            propensity.clear();
            trust.clear();
            for (double[] row : t.series()) {
                propensity.add(row[0], row[1], false);
                trust.add(row[0], Double.isNaN(row[2]) ? null : row[2], false);
            }
            propensity.fireSeriesChanged();
            trust.fireSeriesChanged();
        }
        if (!sb.toString().equals(events.getText())) {
            events.setText(sb.toString());
        }
        properties.updateInspector();
    }

    /**
     * Sets the inspector's own fonts (header, tables, history and its chart) from the font scale,
     * when it changed: the large-font switch reaches inspectors already open, also while the
     * model is paused (ChartsFrame calls this).
     */
    void applyFontScale() {
        double scale = Style.fontScale();
        if (scale == appliedScale) {
            return;
        }
        appliedScale = scale;
        header.setFont(Style.font(Font.PLAIN, 12));
        events.setFont(Style.font(Font.PLAIN, 12));
        for (JTable t : tables) {
            t.setFont(Style.font(Font.PLAIN, 12));
            t.getTableHeader().setFont(Style.font(Font.BOLD, 12));
            t.setRowHeight((int) Math.round(18 * scale));
        }
        XYPlot plot = chart.getXYPlot();
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelFont(Style.font(Font.PLAIN, 11));
            axis.setTickLabelFont(Style.font(Font.PLAIN, 10));
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(Style.font(Font.PLAIN, 11));
        }
        revalidate();
        repaint();
    }

    /**
     * Not wider than a column of the Console (the tables and the history scroll or wrap inside
     * it), so that large fonts do not push the inspector out sideways.
     */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        return new Dimension(Math.min(d.width, (int) Math.round(380 * Math.min(Style.fontScale(), 1.4))), d.height);
    }

    /** The font sizes of the header, the events and the history chart's axis label (tests). */
    int[] fontSizes() {
        return new int[] {header.getFont().getSize(), events.getFont().getSize(), tables.get(0).getFont().getSize(),
            chart.getXYPlot().getRangeAxis().getLabelFont().getSize()};
    }

    private static void setRows(DefaultTableModel model, List<Object[]> rows) {
        model.setRowCount(0);
        for (Object[] r : rows) {
            model.addRow(r);
        }
    }
}
