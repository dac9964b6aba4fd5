package org.regiosim.gui;

import java.util.List;

import org.regiosim.output.Html;

/**
 * handout.html, the page a facilitator hands out or prints after a workshop: what ran, the map
 * and the four charts as the room saw them, and how to read them, with the limits of one run.
 * One self-contained file (images embedded), written by {@link WorkshopExport} beside the PNGs.
 */
final class Handout {

    /** An image of the page and what it shows. */
    record Image(String caption, byte[] png) {
    }

    private Handout() {
    }

    /**
     * @param summary   the lines above the charts: what runs, then one line per run, then in a
     *                  comparison B against A ({@link LiveCharts#summary()})
     * @param switches  the policy switches during the run, as the GUI lists them
     * @param scale     the scenario's scale (1 = the whole region)
     * @param runs      1, or 2 for a comparison in lockstep
     */
    static String render(String scenario, List<String> summary, List<String> switches, double scale, int runs,
                         List<Image> maps, List<Image> charts, String toolVersion) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>RegioSim workshop: ")
                .append(Html.esc(scenario)).append("</title>\n").append(Html.PAGE_STYLE).append("</head><body>\n");
        h.append("<h1>RegioSim workshop: ").append(Html.esc(scenario)).append("</h1>\n");
        if (!summary.isEmpty()) {
            h.append("<p>").append(Html.esc(summary.get(0))).append("</p>\n");
        }
        h.append("<h2>What happened</h2>\n<ul>\n");
        for (String line : summary.subList(Math.min(1, summary.size()), summary.size())) {
            h.append("<li>").append(Html.esc(line)).append("</li>\n");
        }
        if (!switches.isEmpty()) {
            h.append("<li>Policy switches during the run: ").append(Html.esc(String.join("; ", switches))).append("</li>\n");
        }
        h.append("</ul>\n");

        h.append("<h2>The region</h2>\n");
        for (Image m : maps) {
            h.append(Html.img(m.caption(), m.png())).append('\n');
        }
        h.append("<p class=note>Firms are coloured by lead market: a circle chose to cooperate, a triangle to compete. "
                + "Municipalities are ringed and universities filled in green (cooperate) or orange (compete). Lines are "
                + "running cooperations; hexagons with grey spokes are institutions and their members: networks, municipal "
                + "associations and the agency's competence centres. At large scales the map draws a sample of the firms "
                + "and says so.</p>\n");

        h.append("<h2>Over time</h2>\n");
        for (Image c : charts) {
            h.append(Html.img(c.caption(), c.png())).append('\n');
        }

        h.append("<h2>How to read this</h2>\n<ul>\n");
        h.append("<li>One quarter is one simulation step; 4 steps are one year. Each chart names its unit in its title.</li>\n");
        if (runs == 2) {
            h.append("<li>Both runs are the same region with the same random seed: everything is identical until the "
                    + "policy makes an actor decide differently, so a gap between run A (solid lines) and run B (dashed) "
                    + "is the policy's doing in this one history.</li>\n");
        }
        h.append("<li>This is one possible history, not a forecast and not a statistic: another seed gives other "
                + "ups and downs. For statements to rely on, run each policy many times: <code>regiosim compare</code> "
                + "with 30 replications gives confidence intervals and tests (docs/EXPERIMENTS.md).</li>\n");
        if (scale < 1.0) {
            h.append("<li>The workshop region is a sample of ").append(Html.esc(percent(scale)))
                    .append(" of the firms, but it keeps all 53 municipalities and the region's technologies. "
                    + "Municipalities' joint marketing therefore weighs more in the transaction costs than in the full "
                    + "region (the lines above give their part), and meta-innovations behave differently; for those, "
                    + "only runs at full scale count (docs/ODD.md, section 6).</li>\n");
        }
        h.append("<li>The agency's spending is not added to the transaction costs; part of it (brokerage proposals, "
                + "co-funded negotiation) is already in them.</li>\n</ul>\n");
        h.append("<p class=note>RegioSim ").append(Html.esc(toolVersion))
                .append(", an agent-based model of a regional innovation system; the model is described in docs/ODD.md."
                        + "</p>\n</body></html>\n");
        return h.toString();
    }

    /** 0.07 as "7%", 0.035 as "3.5%": three significant digits, no binary noise. */
    static String percent(double share) {
        return new java.math.BigDecimal(share * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
