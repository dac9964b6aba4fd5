package org.regiosim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsConfiguration;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableColumn;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleEdge;
import org.regiosim.model.Agent;
import org.regiosim.model.Firm;
import org.regiosim.model.Institution;
import org.regiosim.model.Knowledge;
import org.regiosim.model.LeadMarket;
import org.regiosim.model.Municipality;
import org.regiosim.model.RegioSim;
import org.regiosim.model.TrustLedger;
import org.regiosim.model.University;
import org.regiosim.output.ChartSpec;

import sim.display.GUIState;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;

/**
 * What clicking an agent shows: who it is, its trust in each remembered partner, its knowledge
 * (the kene: technologies with ability and expertise), and its history (events and a small
 * chart of its propensity to cooperate and mean trust per quarter), and its details: each with a
 * name a room understands, a unit, and numbers with thousands separators (MASON's own property
 * list gave getter names, raw doubles such as 40341.55877284288 and the map position in km).
 */
public final class AgentInspector extends Inspector implements Scrollable {

    private static final long serialVersionUID = 1L;

    private final transient Agent agent;
    private final transient RegioSim sim;
    private final transient AgentHistory history;
    /**
     * The details tab: one paragraph per row, its name in bold and its value after it, wrapping
     * under the name with the tab's full width (a name column took half of a narrow tab, and
     * values wrapped to three or four lines).
     */
    private final JTextPane details = new JTextPane();
    private List<String[]> detailRows = List.of();
    /** Who the agent is, its last decision and what it does now: wraps in a narrow inspector. */
    private final ControlsInspector.WrappingLabel header = new ControlsInspector.WrappingLabel();
    /** Under the knowledge table, for a municipality only: why it is empty. */
    private final ControlsInspector.WrappingLabel noKnowledge = new ControlsInspector.WrappingLabel();
    private final transient GUIState gui;
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
        this.gui = gui;
        setLayout(new BorderLayout());
        setTitle(name(agent));

        header.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        events.setEditable(false);
        events.setLineWrap(true);
        events.setWrapStyleWord(true);
        // Tabs, so that the inspector fits the Console's Inspectors pane as well as its own window.
        JTabbedPane tabs = new JTabbedPane();
        // Short tab names in one row (a second row of tabs took the height of two table rows).
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        tabs.addTab("Trust", null, table(partners, 6, tables), "Trust in each partner it remembers (0..1)");
        JPanel know = new JPanel(new BorderLayout());
        know.add(table(knowledge, 6, tables), BorderLayout.CENTER);
        noKnowledge.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        noKnowledge.setText("Municipalities hold no technologies: they cooperate in location marketing.");
        noKnowledge.setVisible(agent.knowledge() == null);
        know.add(noKnowledge, BorderLayout.NORTH);
        tabs.addTab("Knowledge", null, know, "Technologies it knows: ability (0..1), expertise (1..10)");
        // Chart above events, each half of the tab: in a low tab the chart (and its legend) stays
        // in view, where a chart below the events was pushed out of it.
        JPanel hist = new JPanel(new GridLayout(2, 1));
        JScrollPane ev = new JScrollPane(events);
        ev.setPreferredSize(new Dimension(380, 150));
        hist.add(historyChart());
        hist.add(ev);
        tabs.addTab("History", null, hist, "Its events and its propensity to cooperate and mean trust per quarter");
        details.setEditable(false);
        details.setOpaque(false);
        details.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        if (details.getCaret() instanceof javax.swing.text.DefaultCaret c) {
            c.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE); // no scrolling to the end on updates
        }
        JScrollPane detailScroll = new JScrollPane(details, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        detailScroll.setPreferredSize(new Dimension(380, 200));
        tabs.addTab("Details", null, detailScroll, "What it does now, its last decision and its properties, with units");
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

            /**
             * As wide as the tab while every column's name and values fit; narrower than that, the
             * table keeps its columns' widths and scrolls sideways rather than cutting names to "...".
             */
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getParent() == null || getPreferredSize().width <= getParent().getWidth();
            }
        };
        t.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        tables.add(t);
        JScrollPane s = new JScrollPane(t, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        s.setPreferredSize(new Dimension(380, (int) ((rows + 1.5) * t.getRowHeight())));
        return s;
    }

    private java.awt.Component historyChart() {
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(propensity);
        c.addSeries(trust);
        chart = ChartFactory.createXYLineChart(null, ChartSpec.X_LABEL, "Probability / trust (0..1)", c,
                PlotOrientation.VERTICAL, true, false, false);
        // The legend on top, where a low chart does not cut it off: which line is which.
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().getRangeAxis().setRange(0, 1);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Style.COOPERATE);
        r.setSeriesPaint(1, Style.TIE_FIRM_FIRM);
        chart.getXYPlot().setRenderer(r);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(380, 180));
        // Drawn at the size it gets (JFreeChart's default scales a chart lower than 200 pixels).
        panel.setMinimumDrawHeight(60);
        panel.setMinimumDrawWidth(120);
        return panel;
    }

    /**
     * The agent's name as the room reads it: "Firm 837 (Essen)", a university's or a
     * municipality's own name (the model's "firm 837" names no place).
     */
    static String name(Agent a) {
        if (a instanceof Firm f) {
            return "Firm " + f.getId() + " (" + f.getMunicipality() + ")";
        }
        if (a instanceof University u) {
            return u.getName();
        }
        return String.valueOf(a);
    }

    /** One line about who the agent is. */
    static String describe(Agent a) {
        if (a instanceof Firm f) {
            return "Firm " + f.getId() + " in " + f.getMunicipality() + ", " + Style.marketName(f.market()) + ", "
                    + Style.grouped(f.getEmployees(), 0) + (f.getEmployees() == 1 ? " employee" : " employees");
        }
        if (a instanceof University u) {
            return u.getName() + " (" + u.getType() + ", " + u.getCity() + ")";
        }
        Municipality m = (Municipality) a;
        return m.getName() + " (" + m.getDistrict() + ", " + Style.grouped(m.getPopulation(), 0) + " inhabitants)";
    }

    /**
     * The agent's project seen from the agent: "with Firm 87 (Bochum)" names the other side also
     * when the agent is the partner (the project's own text names its partner); quarters as on
     * the charts and in the history.
     */
    static String now(Agent a) {
        org.regiosim.model.Project p = a.project();
        if (p == null) {
            return "idle";
        }
        Agent other = p.lead() == a ? p.partner() : p.lead();
        return (other == null ? "solo" : "with " + name(other)) + ", q" + p.startStep() + " until q" + p.endStep();
    }

    /** What the agent's last decision was, in its own terms. */
    static String decision(Agent a) {
        if (a.getLastDecisionStep() < 0) {
            return "no decision yet";
        }
        return decisionWhat(a) + " in q" + a.getLastDecisionStep();
    }

    private static String decisionWhat(Agent a) {
        boolean c = a.getChoseCooperate();
        return a instanceof Firm ? (c ? "cooperate (joint project)" : "compete (solo project)")
                : a instanceof University ? (c ? "cooperate (open for transfer)" : "compete (research grants)")
                : (c ? "cooperate (joint location marketing)" : "compete (acquire firms alone)");
    }

    /** An institution as the room reads it: "competence centre 3 (digital communication), 5 members". */
    static String institution(Institution i) {
        if (i == null) {
            return "none";
        }
        return i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + i.id()
                + (i.focus() == null ? "" : " (" + Style.marketName(i.focus()) + ")") + ", "
                + Style.grouped(i.size(), 0) + (i.size() == 1 ? " member" : " members");
    }

    /**
     * The details tab's rows: name and value with its unit, for each kind of agent what the room
     * asks about (no map coordinates: the map shows where it is).
     */
    static List<String[]> detailRows(Agent a, RegioSim sim) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Now", nowText(a)});
        rows.add(new String[] {"Last decision", decision(a)});
        rows.add(new String[] {"Propensity to cooperate", Style.grouped(a.getCooperationProbability(), 2) + " (probability)"});
        rows.add(new String[] {"Trust in strangers", Style.grouped(a.getGeneralisedTrust(), 2) + " (0..1)"});
        if (a instanceof Firm f) {
            rows.add(new String[] {"Home", f.getMunicipality()});
            rows.add(new String[] {"Lead market", Style.marketName(f.market())});
            rows.add(new String[] {"Employees", Style.grouped(f.getEmployees(), 0)});
            rows.add(new String[] {"Capital", Style.grouped(f.capitalNow(sim), 0) + " EUR (after the overhead owed)"});
            rows.add(new String[] {"Founded", sim.foundedAtStart(f) ? "before the start" : "in q" + f.getFounded()});
            rows.add(new String[] {"Opportunism", Style.grouped(f.getOpportunism(), 3)
                    + " (chance per quarter of defecting from a partner it does not trust at all)"});
            rows.add(new String[] {"Knowledge level", Style.grouped(f.getKnowledgeLevel(), 2) + " (0..1)"});
        } else if (a instanceof University u) {
            rows.add(new String[] {"Type", u.getType()});
            rows.add(new String[] {"City", u.getCity()});
            rows.add(new String[] {"Transfer places", Style.grouped(u.getRunningProjects(), 0) + " of "
                    + Style.grouped(u.getCapacity(), 0) + " in use"});
            rows.add(new String[] {"Transfer projects", Style.grouped(u.getTransferProjects(), 0) + " since the start"});
            rows.add(new String[] {"Spin-offs", Style.grouped(u.getSpinoffs(), 0) + " firms founded since the start"});
            rows.add(new String[] {"Transfer orientation", Style.grouped(u.getTransferOrientation(), 2)
                    + " (probability at the start of opening for transfer)"});
        } else if (a instanceof Municipality m) {
            rows.add(new String[] {"District", m.getDistrict()});
            rows.add(new String[] {"Inhabitants", Style.grouped(m.getPopulation(), 0)});
            rows.add(new String[] {"Development budget", Style.grouped(m.getBudget(), 0) + " EUR per quarter"});
            rows.add(new String[] {"Development staff", Style.grouped(m.getStaff(), 1) + " full-time equivalents"});
            rows.add(new String[] {"Political attention", Style.grouped(m.getPoliticalAttention(), 2)
                    + " (0..1: how often it gets to decide)"});
            rows.add(new String[] {"Patience", Style.grouped(m.getPatience(), 2) + " (0..1: low leaves joint campaigns sooner)"});
            rows.add(new String[] {"Start-ups attracted", Style.grouped(m.getStartupsAttracted(), 0) + " since the start"});
        }
        rows.add(new String[] {"Partners remembered", Style.grouped(a.getRememberedPartners(), 0)});
        rows.add(new String[] {"Institution", institution(a.institution())});
        rows.add(new String[] {"In the region", a.isActive() ? "yes" : "no: left the region"});
        return rows;
    }

    /** Rows of the partner table: partner, trust, joint successes, still active. */
    static List<Object[]> partnerRows(Agent a) {
        List<Object[]> rows = new ArrayList<>();
        TrustLedger l = a.ties();
        for (int i = 0; i < l.size(); i++) {
            rows.add(new Object[] {name(l.partner(i)), String.format(Locale.ROOT, "%.2f", round(l.trust(i))),
                l.jointSuccesses(i), l.partner(i).isActive() ? "yes" : "no"});
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
            rows.add(new Object[] {"no. " + tech, Style.marketName(LeadMarket.of(sim.technologies().field(tech))),
                String.format(Locale.ROOT, "%.2f", round(k.ability(i))), k.expertise(i)});
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * The header: who the agent is and its last decision, in as few lines as the width allows
     * (the tabs below need the height; what it does now, its propensity to cooperate and trust in
     * strangers head the Details tab).
     */
    static String header(Agent a) {
        return describe(a) + "; " + (!a.isActive() ? "left the region"
                : a.getLastDecisionStep() < 0 ? "no decision yet"
                : "q" + a.getLastDecisionStep() + ": " + decisionWhat(a));
    }

    /** What the agent does now, for the Details tab. */
    static String nowText(Agent a) {
        return !a.isActive() ? "left the region"
                : a instanceof University u ? u.getRunningProjects() + " of " + u.getCapacity() + " transfer places in use"
                : now(a);
    }

    @Override
    public void updateInspector() {
        String text = header(agent);
        if (!text.equals(header.getText())) {
            header.setText(text);
        }
        setDetails(detailRows(agent, sim));
        applyFontScale();
        setRows(partners, partnerRows(agent));
        setRows(knowledge, knowledgeRows(agent, sim));
        for (JTable t : tables) {
            fitColumns(t);
        }
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
    }

    /** Shows the detail rows: "name: value" paragraphs, the name in bold, values wrapping under it. */
    private void setDetails(List<String[]> rows) {
        boolean same = rows.size() == detailRows.size();
        for (int i = 0; same && i < rows.size(); i++) {
            same = java.util.Arrays.equals(rows.get(i), detailRows.get(i));
        }
        if (same) {
            return;
        }
        detailRows = rows;
        StyledDocument doc = details.getStyledDocument();
        SimpleAttributeSet bold = new SimpleAttributeSet();
        StyleConstants.setBold(bold, true);
        SimpleAttributeSet plain = new SimpleAttributeSet();
        try {
            doc.remove(0, doc.getLength());
            for (int i = 0; i < rows.size(); i++) {
                doc.insertString(doc.getLength(), rows.get(i)[0] + ": ", bold);
                doc.insertString(doc.getLength(), rows.get(i)[1] + (i + 1 < rows.size() ? "\n" : ""), plain);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        SimpleAttributeSet para = new SimpleAttributeSet();
        StyleConstants.setSpaceBelow(para, 2f);
        doc.setParagraphAttributes(0, doc.getLength(), para, false);
        details.setCaretPosition(0);
    }

    /**
     * Widens each column to its name and its widest value when these grow, so that no name is cut
     * to "...": the table then fills the tab, or scrolls sideways if the tab is narrower. A column
     * the user widened keeps its width, and the user may make a column narrower than its content
     * (no minimum is pinned): only content wider than at the last fit widens a column again.
     */
    static void fitColumns(JTable t) {
        java.awt.FontMetrics header = t.getFontMetrics(t.getTableHeader().getFont());
        java.awt.FontMetrics cells = t.getFontMetrics(t.getFont());
        int[] fitted = (int[]) t.getClientProperty(FITTED);
        if (fitted == null || fitted.length != t.getColumnCount()) {
            fitted = new int[t.getColumnCount()];
            t.putClientProperty(FITTED, fitted);
        }
        for (int col = 0; col < t.getColumnCount(); col++) {
            int w = header.stringWidth(t.getColumnName(col)) + 16;
            for (int row = 0; row < t.getRowCount(); row++) {
                w = Math.max(w, cells.stringWidth(String.valueOf(t.getValueAt(row, col))) + 12);
            }
            if (w > fitted[col]) {
                fitted[col] = w;
                TableColumn c = t.getColumnModel().getColumn(col);
                if (c.getPreferredWidth() < w) {
                    c.setPreferredWidth(w);
                }
            }
        }
    }

    /** The client property holding the content widths a table's columns were last fitted to. */
    private static final String FITTED = "regiosim.fittedWidths";

    /** The detail rows as shown (tests). */
    List<String> detailTexts() {
        List<String> l = new ArrayList<>();
        for (String[] r : detailRows) {
            l.add(r[0] + ": " + r[1]);
        }
        return l;
    }

    /** The tables (tests). */
    List<JTable> tables() {
        return tables;
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
        noKnowledge.setFont(Style.font(Font.PLAIN, 12));
        details.setFont(Style.font(Font.PLAIN, 12));
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

    /**
     * "Detatch": MASON's window, but placed beside the Console inside the screen (MASON put it at
     * the Console's lower left, where it hung off the screen and covered Play, Pause and Stop).
     * MASON moves the window after creating it, so it is placed when it opens.
     */
    @Override
    public JFrame createFrame(Stoppable stopper) {
        JFrame frame = super.createFrame(stopper);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                Window console = gui != null && gui.controller instanceof Window w && w.isShowing() ? w : null;
                GraphicsConfiguration gc = (console != null ? console : frame).getGraphicsConfiguration();
                Rectangle screen = gc.getBounds();
                java.awt.Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
                screen = new Rectangle(screen.x + in.left, screen.y + in.top, screen.width - in.left - in.right,
                        screen.height - in.top - in.bottom);
                frame.setBounds(detachedBounds(frame.getSize(), console == null ? frame.getBounds() : console.getBounds(),
                        screen, Style.fontScale()));
                frame.validate();
            }
        });
        return frame;
    }

    /**
     * Where a detached inspector goes: at least 480 pixels (times the font scale) wide, as high as
     * it asks but within the screen; left of the Console at the Console's top (over a map, not
     * over the Console's buttons), else right of it, and always inside the screen.
     */
    static Rectangle detachedBounds(Dimension packed, Rectangle console, Rectangle screen, double fontScale) {
        int w = Math.min(screen.width, Math.max(packed.width, (int) Math.round(480 * Math.min(fontScale, 1.4))));
        int h = Math.min(screen.height, packed.height);
        int x;
        if (console.x - w >= screen.x) {
            x = console.x - w;
        } else if (console.x + console.width + w <= screen.x + screen.width) {
            x = console.x + console.width;
        } else {
            x = screen.x;
        }
        int y = Math.max(screen.y, Math.min(console.y, screen.y + screen.height - h));
        return new Rectangle(x, y, w, h);
    }

    /** The header as shown (tests). */
    String headerText() {
        return header.getText();
    }

    /** The least height at which the tabs fill the inspector: header, tab strip, a few lines. */
    int tabsMinHeight() {
        java.awt.FontMetrics fm = getFontMetrics(Style.font(Font.PLAIN, 12));
        return header.getPreferredSize().height + 4 * fm.getHeight();
    }

    // Scrollable: in the Console's Inspectors tab (and a detached window) the inspector takes the
    // pane's width and height, so that its tabs are in view and their contents scroll inside them
    // (as a whole it asked for the height of all its parts, and the tabs were below the visible
    // area). Only a pane too low for the header and a few lines of the tabs scrolls the inspector.

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(1, getFontMetrics(Style.font(Font.PLAIN, 12)).getHeight());
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(1, orientation == SwingConstants.VERTICAL ? visible.height - 20 : visible.width - 20);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getParent().getHeight() >= tabsMinHeight();
    }

    private static void setRows(DefaultTableModel model, List<Object[]> rows) {
        model.setRowCount(0);
        for (Object[] r : rows) {
            model.addRow(r);
        }
    }
}
