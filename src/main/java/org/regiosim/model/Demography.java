package org.regiosim.model;

import java.util.ArrayList;
import java.util.List;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Entry and exit at the end of each quarter. Firms whose capital fell below zero exit. Start-ups
 * settle (coopetition of the municipalities): joint marketing makes the pie, the region's
 * start-ups, firms.startup_rate x initial firms x the budgets' attraction (joint euros count
 * joint_marketing_multiplier times) over the budgets; every municipality's share of it follows its
 * weight (joint euros as above, euros of a solo campaign solo_acquisition_multiplier times, others
 * once), so that solo acquisition divides the pie without making it bigger. University spin-offs
 * queued during the quarter are founded. Then the markets close the quarter.
 */
final class Demography implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<Firm> exits = new ArrayList<>();
    private final List<University> spinoffs = new ArrayList<>();
    private final double[] carry;

    Demography(int municipalities) {
        carry = new double[municipalities];
    }

    void queueExit(Firm f) {
        f.leaving = true;
        exits.add(f);
    }

    void queueSpinoff(University u) {
        spinoffs.add(u);
    }

    @Override
    public void step(SimState state) {
        RegioSim sim = (RegioSim) state;
        for (Firm f : exits) {
            if (f.active && f.project == null && f.capital < 0) {
                sim.removeFirm(f);
                sim.tally.exits++;
            }
        }
        exits.clear();
        settleStartups(sim);
        for (University u : spinoffs) {
            sim.foundSpinoff(u);
            u.spinoffs++;
            sim.tally.spinoffs++;
        }
        spinoffs.clear();
        sim.markets().endQuarter(sim.population());
    }

    private void settleStartups(RegioSim sim) {
        Municipality[] ms = sim.municipalityArray();
        double budgets = 0;
        double attraction = 0; // what makes the pie: joint euros count more, solo ones do not
        double weights = 0;    // what divides it
        double[] w = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            Municipality m = ms[i];
            Project p = m.project;
            boolean joint = p != null && p.partner != null;
            boolean solo = p != null && p.partner == null;
            attraction += m.budget() * (joint ? sim.jointMarketingMultiplier : 1.0);
            w[i] = m.budget() * (joint ? sim.jointMarketingMultiplier : solo ? sim.soloAcquisitionMultiplier : 1.0);
            budgets += m.budget();
            weights += w[i];
        }
        double total;
        if (budgets > 0) {
            total = sim.startupRate * sim.initialFirms * attraction / budgets;
        } else {
            // No municipality markets itself: start-ups come at the base rate and settle in
            // proportion to population.
            weights = 0;
            for (int i = 0; i < ms.length; i++) {
                w[i] = ms[i].population();
                weights += w[i];
            }
            total = sim.startupRate * sim.initialFirms;
        }
        if (weights <= 0) {
            return;
        }
        for (int i = 0; i < ms.length; i++) {
            // Fractions carry over to the next quarter: the long-run rate is exact.
            carry[i] += total * w[i] / weights;
            int n = (int) carry[i];
            carry[i] -= n;
            Municipality m = ms[i];
            for (int k = 0; k < n; k++) {
                sim.foundStartup(m);
            }
            m.startupsAttracted += n;
            sim.tally.startups += n;
            Project p = m.project;
            if (p != null) {
                if (p.lead == m) {
                    p.leadGain += n;
                } else {
                    p.partnerGain += n;
                }
            }
        }
    }
}
