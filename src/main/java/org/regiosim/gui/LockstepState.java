package org.regiosim.gui;

import java.util.List;

import org.regiosim.model.RegioSim;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The state the Console drives: one RegioSim, or two in a comparison, each with its own random
 * generator seeded with this state's seed and stepped once per tick in lockstep. Both runs of a
 * comparison are the same scenario with the same seed; only their policies differ, so every
 * difference in their curves is the policy's doing. This state's own generator is never used.
 */
public final class LockstepState extends SimState {

    private static final long serialVersionUID = 1L;

    /** Builds run {@code run} (not yet started) for a seed. */
    @FunctionalInterface
    public interface Factory {
        RegioSim create(int run, long seed);
    }

    private final transient Factory factory;
    private final int runs;
    private RegioSim[] sims = new RegioSim[0];

    public LockstepState(long seed, int runs, Factory factory) {
        super(seed);
        this.runs = runs;
        this.factory = factory;
    }

    @Override
    public void start() {
        super.start();
        RegioSim[] fresh = new RegioSim[runs];
        for (int r = 0; r < runs; r++) {
            fresh[r] = factory.create(r, seed());
            fresh[r].start();
        }
        sims = fresh;
        schedule.scheduleRepeating((Steppable) s -> {
            for (RegioSim m : sims) {
                m.schedule.step(m);
            }
        });
    }

    @Override
    public void finish() {
        for (RegioSim m : sims) {
            m.finish();
        }
        super.finish();
    }

    /** The runs of the current start (empty before the first start). */
    public List<RegioSim> sims() {
        return List.of(sims);
    }

    public int runs() {
        return runs;
    }
}
