package org.regiosim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.util.Interval;
import sim.util.gui.PropertyField;

/**
 * The Console's Model tab: the workshop controls one below the other, each name on its own
 * (wrapping) line above its drop-down or slider, which takes the tab's full width. MASON's
 * default inspector puts names and widgets side by side; with large fonts in a narrow Console
 * the names took the whole width and the widgets needed horizontal scrolling. This one tracks
 * the width of the tab and only ever scrolls vertically.
 */
final class ControlsInspector extends Inspector implements Scrollable {

    private static final long serialVersionUID = 1L;

    private final transient WorkshopControls controls;
    private final transient GUIState gui;
    private final JTextArea status = new WrappingLabel();
    private final WrappingLabel[] names;
    private final PropertyField[] fields;

    ControlsInspector(WorkshopControls controls, GUIState gui) {
        this.controls = controls;
        this.gui = gui;
        setTitle("Workshop controls");
        setLayout(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        int n = controls.numProperties();
        names = new WrappingLabel[n];
        fields = new PropertyField[n];
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.NORTHWEST;
        int row = 0;
        status.setToolTipText(controls.getDescription(0));
        c.gridy = row++;
        c.insets = new Insets(2, 0, 6, 0);
        add(status, c);
        for (int i = 1; i < n; i++) {
            names[i] = new WrappingLabel();
            names[i].setText(controls.getName(i));
            names[i].setToolTipText(controls.getDescription(i));
            fields[i] = field(i);
            fields[i].setToolTipText(controls.getDescription(i));
            javax.swing.JComboBox<?> list = find(fields[i], javax.swing.JComboBox.class);
            if (list != null) {
                // Arrow keys move through the list and only Enter (or a click) chooses: without this,
                // every policy passed on the way was switched to, live, and recorded as a switch.
                list.putClientProperty("JComboBox.isTableCellEditor", Boolean.TRUE);
                // nor does typing a letter jump to (and switch to) a policy
                list.setKeySelectionManager((key, model) -> -1);
            }
            widenSlider(fields[i]);
            c.gridy = row++;
            c.insets = new Insets(6, 0, 0, 0);
            add(names[i], c);
            c.gridy = row++;
            c.insets = new Insets(1, 6, 0, 0);
            add(fields[i], c);
        }
        // Whatever height is left goes below the last control.
        c.gridy = row;
        c.weighty = 1;
        add(new JPanel(), c);
        updateInspector();
    }

    private PropertyField field(int i) {
        Object domain = controls.getDomain(i);
        int show = domain instanceof Interval ? PropertyField.SHOW_SLIDER
                : domain != null ? PropertyField.SHOW_LIST : PropertyField.SHOW_TEXTFIELD;
        return new PropertyField(null, controls.betterToString(controls.getValue(i)), controls.isReadWrite(i), domain, show) {
            private static final long serialVersionUID = 1L;
            /** True while MASON shows a value: it places the knob, which must not change the value. */
            private boolean showing;

            @Override
            public void setValue(String value) {
                // MASON moves the knob to the nearest of its 1,000 positions, and the knob's
                // listener then offers that position's value (7,650,000 for 7,654,321 typed, or
                // after any refresh). Only a knob the user moves may change the value.
                boolean outer = !showing;
                showing = true;
                try {
                    super.setValue(value);
                } finally {
                    if (outer) {
                        showing = false;
                    }
                }
            }

            @Override
            public String newValue(String value) {
                if (showing) {
                    return controls.betterToString(controls.getValue(i));
                }
                // The model thread reads the controls between quarters: change them under its lock.
                synchronized (gui.state.schedule) {
                    if (controls.setValue(i, value) == null) {
                        java.awt.Toolkit.getDefaultToolkit().beep();
                    }
                }
                if (gui.controller != null) {
                    gui.controller.refresh();
                }
                return controls.betterToString(controls.getValue(i));
            }
        };
    }

    /**
     * MASON's slider field has a short slider (80 pixels, fixed) left of a wide text box: swap
     * them, so that the slider takes the width and the box holds a number, easy to grab on a
     * projector. Left as it is if MASON builds the field differently.
     */
    private static void widenSlider(PropertyField f) {
        JSlider slider = find(f, JSlider.class);
        if (slider == null || !(slider.getParent() instanceof JPanel panel) || !(panel.getLayout() instanceof BorderLayout)) {
            return;
        }
        JTextField text = find(panel, JTextField.class);
        if (text == null || text.getParent() != panel) {
            return;
        }
        panel.remove(slider);
        panel.remove(text);
        text.setColumns(7);
        panel.add(slider, BorderLayout.CENTER);
        panel.add(text, BorderLayout.EAST);
    }

    static <T> T find(Container c, Class<T> type) {
        for (Component child : c.getComponents()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Container k) {
                T t = find(k, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The name shown above control {@code i} (1 and up; 0 is the status line). */
    String name(int i) {
        return names[i].getText();
    }

    /** The widget of control {@code i} (1 and up). */
    PropertyField widget(int i) {
        return fields[i];
    }

    /** The status line at the top (slider changes waiting). */
    String status() {
        return status.getText();
    }

    @Override
    public void updateInspector() {
        String s = controls.getName(0) + ": " + controls.betterToString(controls.getValue(0));
        if (!s.equals(status.getText())) {
            status.setText(s);
        }
        for (int i = 1; i < fields.length; i++) {
            // a slider's name carries its value with separators and unit: it changes with the value
            String name = controls.getName(i);
            if (!name.equals(names[i].getText())) {
                names[i].setText(name);
            }
            String v = controls.betterToString(controls.getValue(i));
            if (!v.equals(fields[i].getValue())) {
                fields[i].setValue(v);
            }
        }
    }

    // ------------------------------------------------------------------ Scrollable: vertical only

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(10, getFont() == null ? 16 : getFont().getSize() + 4);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? Math.max(10, visible.height - 20) : visible.width;
    }

    /** As wide as the tab, whatever the names' and widgets' widths: never a horizontal scroll bar. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    /** A label that wraps at word boundaries (a read-only text area in the label font). */
    static final class WrappingLabel extends JTextArea {
        private static final long serialVersionUID = 1L;

        WrappingLabel() {
            setEditable(false);
            setFocusable(false);
            setLineWrap(true);
            setWrapStyleWord(true);
            applyLook();
        }

        @Override
        public void updateUI() {
            super.updateUI();
            applyLook(); // the large-font switch updates the look: keep the label font
        }

        /** Label font, colour and no border, unless set explicitly (not by the look and feel). */
        private void applyLook() {
            setOpaque(false);
            // A caret that never moves: else each new text scrolls the Model tab back to this label.
            if (getCaret() instanceof javax.swing.text.DefaultCaret c) {
                c.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
            }
            if (getBorder() == null || getBorder() instanceof javax.swing.plaf.UIResource) {
                setBorder(BorderFactory.createEmptyBorder());
            }
            if ((getFont() == null || getFont() instanceof javax.swing.plaf.UIResource) && UIManager.getFont("Label.font") != null) {
                setFont(UIManager.getFont("Label.font"));
            }
            if ((getForeground() == null || getForeground() instanceof javax.swing.plaf.UIResource)
                    && UIManager.getColor("Label.foreground") != null) {
                setForeground(UIManager.getColor("Label.foreground"));
            }
        }

        /** Wraps to the width it gets; never asks for more than its parent has. */
        @Override
        public Dimension getMinimumSize() {
            Dimension d = super.getMinimumSize();
            return new Dimension(10, d.height);
        }
    }
}
