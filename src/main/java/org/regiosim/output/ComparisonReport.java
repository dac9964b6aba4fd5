package org.regiosim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.regiosim.experiment.Arm;
import org.regiosim.experiment.PolicyComparison;
import org.regiosim.experiment.Stats;
import org.regiosim.model.Metric;
import org.regiosim.model.params.ParameterSchema;

/**
 * report.html: one self-contained page (charts embedded as base64 PNG, no external resources)
 * that can be opened offline or printed: what was compared, the key differences in plain words
 * (claims only where the statistics support them), charts, tables and provenance.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** Provenance lines shown at the end (tool, commit, command, times). */
    public static void write(Path file, PolicyComparison c, List<PolicyComparison.TestRow> tests,
                             List<BandCharts.Spec> chartSpecs, List<byte[]> pngs, Map<String, String> provenance)
            throws IOException {
        String html = render(c, tests, chartSpecs, pngs, provenance);
        AtomicFiles.writeString(file, html);
    }

    static String render(PolicyComparison c, List<PolicyComparison.TestRow> tests, List<BandCharts.Spec> chartSpecs,
                         List<byte[]> pngs, Map<String, String> provenance) {
        Arm base = c.arms().get(0);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>RegioSim policy comparison</title>\n");
        h.append(Html.PAGE_STYLE).append("</head><body>\n");
        h.append("<h1>Policy comparison: ").append(Html.esc(armList(c))).append("</h1>\n");

        // What was compared
        h.append("<h2>1. What was compared</h2>\n<p>").append(c.arms().size()).append(" arms, each simulated ")
                .append(c.replications()).append(" times (replications). Replication <i>i</i> uses the same random seed in "
                + "every arm (common random numbers, seeds ").append(c.seeds().get(0)).append(" to ")
                .append(c.seeds().get(c.seeds().size() - 1)).append("), so the arms differ only by their scenario and "
                + "policy, not by luck. The first arm, <b>").append(Html.esc(base.label()))
                .append("</b>, is the baseline every other arm is compared with.</p>\n");
        h.append("<table><tr><th class=l>arm</th><th class=l>scenario</th><th class=l>policy</th><th>quarters</th>"
                + "<th>scale</th></tr>\n");
        for (Arm a : c.arms()) {
            h.append("<tr><td class=l>").append(Html.esc(a.label())).append("</td><td class=l>")
                    .append(Html.esc(a.scenario().name())).append("</td><td class=l>").append(Html.esc(a.policy()))
                    .append("</td><td>").append(a.scenario().steps()).append("</td><td>")
                    .append(Numbers.format(a.scenario().parameters().real(ParameterSchema.SCALE))).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=note>One quarter is one simulation step (80 steps = 20 years). Scale multiplies "
                + "the number of firms, university capacity and the agency budget (1.0 = the whole region).</p>\n");
        double smallest = c.arms().stream().mapToDouble(a -> a.scenario().parameters().real(ParameterSchema.SCALE))
                .min().orElse(1.0);
        if (smallest < 1.0) {
            // What does not shrink with the population weighs differently below full scale
            // (docs/ODD.md section 6); a reader of the headline table needs to know before reading it.
            h.append("<p class=note><b>Below full scale</b> (smallest scale here ").append(Numbers.format(smallest))
                    .append("): the 53 municipalities and the region's technologies do not shrink with the firms. "
                    + "Municipalities' costs are a larger part of the transaction costs (the column "
                    + "municipal_transaction_costs gives their part), and meta-innovations, and how a policy changes them, "
                    + "can differ from the full region, even in sign. Check those outcomes at scale 1."
                    + (smallest < 0.5 ? " Below scale 0.5, universities also open for transfer less often than in "
                    + "the full region (each gets few transfer projects)." : "") + "</p>\n");
        }

        // Key differences
        h.append("<h2>2. Key differences</h2>\n<p class=note>A difference is called <b>statistically significant</b> only "
                + "when the Welch t-test p-value, adjusted for the ").append(c.arms().size() - 1)
                .append(" comparisons with the baseline by Holm's method, is below 0.05. Significance says the "
                + "difference is unlikely to be chance in this simulation; how large it is (the interval and the effect "
                + "size) says whether it matters. The 95% intervals are not adjusted for the multiple comparisons, so an "
                + "interval can exclude zero while the adjusted p-value is above 0.05.</p>\n");
        if (c.arms().size() < 2) {
            h.append("<p>Only one arm: there is nothing to compare.</p>\n");
        } else {
            h.append("<p><b>At a glance</b>: relative difference of each arm from <b>").append(Html.esc(base.label()))
                    .append("</b>; \u25B2/\u25BC significant increase/decrease; n.s. not significant; same: identical "
                    + "in every replication; constant: no variation between replications; too few values: an arm has fewer "
                    + "than two, so nothing can be tested.</p>\n<table><tr><th class=l>arm</th>");
            for (Findings.Headline hl : Findings.HEADLINES) {
                h.append("<th>").append(Html.esc(hl.words())).append("</th>");
            }
            h.append("</tr>\n");
            for (Arm a : c.arms().subList(1, c.arms().size())) {
                h.append("<tr><td class=l>").append(Html.esc(a.label())).append("</td>");
                for (Findings.Headline hl : Findings.HEADLINES) {
                    PolicyComparison.TestRow t = find(tests, a, hl);
                    h.append("<td").append(t != null && Findings.significant(t) ? " class=sig" : "").append(">")
                            .append(t == null ? "" : Html.esc(Findings.glance(t, hl))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        for (Arm a : c.arms().subList(1, c.arms().size())) {
            h.append("<h3>").append(Html.esc(a.label())).append(" against ").append(Html.esc(base.label())).append("</h3>\n<ul>\n");
            for (Findings.Headline hl : Findings.HEADLINES) {
                PolicyComparison.TestRow t = find(tests, a, hl);
                if (t == null) {
                    continue;
                }
                String sentence = Findings.sentence(t, base.label(), hl);
                if (hl.metric() == Metric.TRANSACTION_COSTS) {
                    sentence += municipalPart(t, find(tests, a, Metric.MUNICIPAL_TRANSACTION_COSTS, hl.measure()),
                            find(tests, a, Metric.AGENCY_SPENDING_ON_TRANSACTION_COSTS, hl.measure()));
                }
                h.append("<li").append(Findings.significant(t) ? " class=sig" : "").append(">")
                        .append(Html.esc(sentence)).append("</li>\n");
            }
            h.append("</ul>\n");
        }

        // Charts
        h.append("<h2>3. Over time</h2>\n<p class=note>Lines: mean over the replications in each quarter; shaded band: "
                + "95% confidence interval of that mean (t distribution).</p>\n");
        for (int i = 0; i < chartSpecs.size(); i++) {
            h.append(Html.img(chartSpecs.get(i).title(), pngs.get(i))).append('\n');
        }

        // Tables
        h.append("<h2>4. Summary of the outcomes</h2>\n<p class=note>Per arm over the replications: mean with its 95% "
                + "confidence interval, standard deviation (sd), median and quartiles (q1, q3). summary.csv has every "
                + "metric.</p>\n");
        for (Findings.Headline hl : Findings.HEADLINES) {
            h.append("<h3>").append(Html.esc(hl.words())).append(" [").append(Html.esc(hl.measure().unitOf(hl.metric())))
                    .append("]</h3>\n<table><tr><th class=l>arm</th><th>n</th><th>mean</th><th>95% CI</th><th>sd</th>"
                    + "<th>median</th><th>q1</th><th>q3</th></tr>\n");
            for (Arm a : c.arms()) {
                Stats.Summary s = c.summary(a, hl.metric(), hl.measure());
                h.append("<tr><td class=l>").append(Html.esc(a.label())).append("</td><td>").append(s.n())
                        .append("</td><td>").append(Html.num(s.mean())).append("</td><td>").append(Html.num(s.ciLow()))
                        .append(" to ").append(Html.num(s.ciHigh())).append("</td><td>").append(Html.num(s.sd()))
                        .append("</td><td>").append(Html.num(s.median())).append("</td><td>").append(Html.num(s.q1()))
                        .append("</td><td>").append(Html.num(s.q3())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (c.arms().size() > 1) {
            h.append("<h2>5. Tests against the baseline</h2>\n<p class=note>Difference = arm mean minus baseline mean, "
                    + "with its Welch 95% confidence interval. p-values are two-sided; \"Holm\" columns are adjusted for "
                    + "the comparisons of all arms with the baseline on the same outcome. The paired t-test compares the "
                    + "replications seed by seed (common random numbers) and is more sensitive. Hedges' g: difference in pooled "
                    + "standard deviations (|g| below 0.2 negligible, 0.2 to 0.5 small, 0.5 to 0.8 medium, 0.8 and above large). Bold: significant "
                    + "(Welch, Holm-adjusted p &lt; 0.05). tests.csv has every metric.</p>\n");
            h.append("<table><tr><th class=l>outcome</th><th class=l>arm</th><th>difference</th><th>95% CI</th>"
                    + "<th>relative</th><th>Welch p (Holm)</th><th>Mann-Whitney p (Holm)</th><th>paired t p (Holm)</th>"
                    + "<th>Hedges' g</th></tr>\n");
            for (Findings.Headline hl : Findings.HEADLINES) {
                for (Arm a : c.arms().subList(1, c.arms().size())) {
                    PolicyComparison.TestRow t = find(tests, a, hl);
                    if (t == null) {
                        continue;
                    }
                    Stats.Comparison x = t.c();
                    double rel = x.baselineMean() != 0 ? x.difference() / Math.abs(x.baselineMean()) : Double.NaN;
                    h.append("<tr").append(Findings.significant(t) ? " class=sig" : "").append("><td class=l>")
                            .append(Html.esc(hl.words())).append("</td><td class=l>").append(Html.esc(a.label()))
                            .append("</td><td>").append(Html.num(x.difference())).append("</td><td>")
                            .append(Html.num(x.diffLow())).append(" to ").append(Html.num(x.diffHigh()))
                            .append("</td><td>").append(Html.percent(rel)).append("</td><td>")
                            .append(pOnly(x.welchP())).append(" (").append(pOnly(t.welchHolm())).append(")</td><td>")
                            .append(pOnly(x.mannWhitneyP())).append(" (").append(pOnly(t.mannWhitneyHolm()))
                            .append(")</td><td>").append(pOnly(t.paired().p())).append(" (").append(pOnly(t.pairedHolm()))
                            .append(")</td><td>").append(Html.num(x.hedgesG())).append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }

        // Provenance
        h.append("<h2>6. Provenance</h2>\n<table>\n");
        Map<String, String> p = new LinkedHashMap<>(provenance);
        for (Map.Entry<String, String> e : p.entrySet()) {
            h.append("<tr><th class=l>").append(Html.esc(e.getKey())).append("</th><td class=l>")
                    .append(Html.esc(Objects.toString(e.getValue(), "unknown"))).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=note>The data behind this page are in the same directory: runs.csv (every quarter of "
                + "every run), summary.csv, tests.csv and metadata.json (all parameters of every arm). "
                + "docs/EXPERIMENTS.md explains every column.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String pOnly(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        // as in the sentences (Html.p): cut, not rounded, to 3 significant digits
        return p < 0.001 ? "&lt;0.001" : Html.p(p).substring("p = ".length());
    }

    /**
     * Who bears a difference in transaction costs: the municipalities (they do not shrink with
     * scale, so at small scales their part can make most of it), the agency (brokerage fees,
     * co-funded negotiation) and the firms and universities; as changes, since the parts can
     * differ in sign from the whole. Empty if unknown.
     */
    static String municipalPart(PolicyComparison.TestRow total, PolicyComparison.TestRow municipal,
                                PolicyComparison.TestRow agency) {
        if (municipal == null || Double.isNaN(total.c().difference()) || Double.isNaN(municipal.c().difference())) {
            return "";
        }
        double m = municipal.c().difference();
        boolean withAgency = agency != null && !Double.isNaN(agency.c().difference());
        double a = withAgency ? agency.c().difference() : 0.0;
        return " Who bears the change: the municipalities' part (municipal_transaction_costs) changed by " + signed(m)
                + " EUR, " + (withAgency ? "what the agency paid of them (agency_spending_on_transaction_costs: brokerage "
                + "fees, co-funded negotiation) by " + signed(a) + " EUR, " : "")
                + "the firms' and universities' own by " + signed(total.c().difference() - m - a) + " EUR.";
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Html.num(v);
    }

    private static PolicyComparison.TestRow find(List<PolicyComparison.TestRow> tests, Arm a, Metric metric,
                                                 org.regiosim.experiment.Measure measure) {
        for (PolicyComparison.TestRow t : tests) {
            if (t.arm().index() == a.index() && t.metric() == metric && t.measure() == measure) {
                return t;
            }
        }
        return null;
    }

    private static PolicyComparison.TestRow find(List<PolicyComparison.TestRow> tests, Arm a, Findings.Headline hl) {
        return find(tests, a, hl.metric(), hl.measure());
    }

    private static String armList(PolicyComparison c) {
        StringBuilder sb = new StringBuilder();
        for (Arm a : c.arms()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.label());
        }
        return sb.toString();
    }
}
