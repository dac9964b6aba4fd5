package org.regiosim.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.regiosim.model.Metric;
import org.regiosim.model.RegioSim;
import org.regiosim.model.StepMetrics;
import org.regiosim.model.params.ParameterSchema;
import org.regiosim.scenario.Scenario;

import sim.engine.RandomSequence;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Measures the model's cost: wall time and agent-steps per second per population scale, peak heap,
 * a floor (a plain MASON schedule over as many agents doing the least a decision needs) and an
 * interaction floor (the same, but agents act in a fresh random order and each reads a random other
 * agent, as the model's agents do), plus replication throughput with several threads. Measurement
 * only; it changes nothing in the model.
 */
public final class Benchmark {

    /** One scale's measurement (medians over the repeats). */
    public record ScaleResult(double scale, int agents, int steps, double buildSeconds, double wallSeconds,
                              double agentStepsPerSecond, double floorSeconds, double floorAgentStepsPerSecond,
                              double interactionFloorSeconds, double peakHeapMiB, double allocatedMiB) {
        public double ratio() { return wallSeconds / floorSeconds; }
        public double interactionRatio() { return wallSeconds / interactionFloorSeconds; }
    }

    /** Replications per minute with a number of threads. */
    public record ThroughputResult(int threads, int replications, double seconds) {
        public double perMinute() { return replications * 60.0 / seconds; }
    }

    private Benchmark() {
    }

    public static ScaleResult measureScale(Scenario base, double scale, int steps, int repeats, long seed) {
        Scenario s = base.withParameters(base.parameters().with(ParameterSchema.SCALE, scale)
                .with(ParameterSchema.STEPS, (long) steps));
        double[] build = new double[repeats];
        double[] wall = new double[repeats];
        double[] floor = new double[repeats];
        double[] interactionFloor = new double[repeats];
        double[] allocated = new double[repeats];
        double peak = 0;
        long agentSteps = 0;
        int agents = 0;
        for (int r = 0; r < repeats; r++) {
            resetPeaks();
            long allocatedBefore = allocatedBytes();
            long t0 = System.nanoTime();
            RegioSim sim = SimulationRun.create(s, seed);
            sim.start();
            long t1 = System.nanoTime();
            agents = agentCount(sim);
            agentSteps = 0;
            for (int i = 0; i < steps; i++) {
                int before = agentCount(sim);
                sim.schedule.step(sim);
                agentSteps += before;
            }
            sim.finish();
            long t2 = System.nanoTime();
            allocated[r] = allocatedBefore < 0 ? Double.NaN : (allocatedBytes() - allocatedBefore) / (1024.0 * 1024.0);
            build[r] = (t1 - t0) / 1e9;
            wall[r] = (t2 - t0) / 1e9;
            peak = Math.max(peak, peakHeapMiB());
            floor[r] = floorSeconds(agents, steps, seed);
            interactionFloor[r] = interactionFloorSeconds(agents, steps, seed);
        }
        double w = median(wall);
        double f = median(floor);
        return new ScaleResult(scale, agents, steps, median(build), w, agentSteps / w, f, (double) agents * steps / f,
                median(interactionFloor), peak, median(allocated));
    }

    private static int agentCount(RegioSim sim) {
        return sim.population().size() + sim.universities().size() + sim.municipalities().size();
    }

    /** The floor: n agents on a plain MASON schedule, each doing one random draw, one read and one write of its state. */
    public static double floorSeconds(int agents, int steps, long seed) {
        SimState state = new SimState(seed);
        FloorAgent[] a = new FloorAgent[agents];
        for (int i = 0; i < agents; i++) {
            a[i] = new FloorAgent();
        }
        double seconds = secondsToRun(state, new Sequence(a), steps);
        long check = 0;
        for (FloorAgent f : a) {
            check += f.cooperations;
        }
        // Use the result, so the JIT cannot drop the agents' work.
        if (check < 0) {
            throw new IllegalStateException();
        }
        return seconds;
    }

    /** Wall time of {@code steps} steps of a plain MASON schedule that repeats {@code agents}, start to finish. */
    private static double secondsToRun(SimState state, Steppable agents, int steps) {
        long t0 = System.nanoTime();
        state.start();
        state.schedule.scheduleRepeating(agents, 0, 1.0);
        for (int i = 0; i < steps; i++) {
            state.schedule.step(state);
        }
        state.finish();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static final class FloorAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        double propensity = 0.3;
        int cooperations;

        @Override
        public void step(SimState state) {
            // one draw, one read and one write every step (a branch would skip the write 70% of the time)
            cooperations += state.random.nextDouble() < propensity ? 1 : 0;
        }
    }

    /**
     * The interaction floor: n agents on a plain MASON schedule that activates them in a fresh
     * random order each step ({@link RandomSequence}, as the model's deciders act), each drawing one
     * random other agent, reading its state (the agent object and one value of its state array, two
     * objects as a firm and its kene are) and writing its own. It is what any agent-based model of
     * random encounters pays for memory: where the floor's sequential sweep grows linearly with the
     * population, this one grows as the agents outgrow the processor's cache.
     */
    public static double interactionFloorSeconds(int agents, int steps, long seed) {
        SimState state = new SimState(seed);
        InteractionAgent[] a = new InteractionAgent[agents];
        for (int i = 0; i < agents; i++) {
            a[i] = new InteractionAgent(a, i);
        }
        double seconds = secondsToRun(state, new RandomSequence(a), steps);
        double check = 0;
        for (InteractionAgent f : a) {
            check += f.trust;
        }
        // Use the result, so the JIT cannot drop the agents' work.
        if (Double.isNaN(check)) {
            throw new IllegalStateException();
        }
        return seconds;
    }

    private static final class InteractionAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        /** Values in a separate array, as a firm's kene is: 16 ints, 80 bytes with its header. */
        static final int STATE_VALUES = 16;
        private final InteractionAgent[] all;
        final int[] state = new int[STATE_VALUES];
        double trust;

        InteractionAgent(InteractionAgent[] all, int index) {
            this.all = all;
            this.trust = (index % 100) / 100.0;
            for (int i = 0; i < STATE_VALUES; i++) {
                state[i] = index + i;
            }
        }

        @Override
        public void step(SimState s) {
            InteractionAgent other = all[s.random.nextInt(all.length)];
            trust = 0.5 * (trust + other.trust) + 1e-12 * other.state[state[0] & (STATE_VALUES - 1)];
        }
    }

    /**
     * Runs {@code replications} independent runs (seeds 1..R) on {@code threads} threads, with the
     * runner that {@code sweep} and {@code compare} use (ParallelRunner), so that the throughput
     * measured is theirs.
     */
    public static ThroughputResult throughput(Scenario s, int replications, int threads) throws Exception {
        return timed(replications, threads, seed -> {
            RegioSim sim = SimulationRun.run(s, seed, null);
            StepMetrics last = sim.latest();
            return last.get(Metric.INNOVATIONS);
        });
    }

    /**
     * Runs {@code replications} interaction floors of {@code agents} agents (seeds 1..R) on
     * {@code threads} threads: what the machine gives parallel replications of random encounters
     * alone, to read the model's speed-up against.
     */
    public static ThroughputResult interactionFloorThroughput(int agents, int steps, int replications, int threads)
            throws Exception {
        return timed(replications, threads, seed -> interactionFloorSeconds(agents, steps, seed));
    }

    private static ThroughputResult timed(int replications, int threads, ParallelRunner.Job<Double> replication)
            throws Exception {
        List<Integer> seeds = new ArrayList<>();
        for (int i = 1; i <= replications; i++) {
            seeds.add(i);
        }
        double[] sink = {0};
        long t0 = System.nanoTime();
        // Each result is used, so that no replication's work can be dropped.
        ParallelRunner.run(seeds, threads, false, replication, (job, value) -> sink[0] += value);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (Double.isNaN(sink[0])) {
            throw new IllegalStateException();
        }
        return new ThroughputResult(threads, replications, seconds);
    }

    /**
     * Bytes this thread has allocated so far (HotSpot's count; -1 where the JVM does not keep it).
     * Every allocation is garbage the collector must later sweep, in pauses that stop all
     * replications of a parallel experiment at once.
     */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean hotspot
                && hotspot.isThreadAllocatedMemoryEnabled()) {
            return hotspot.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** Agents (firms, universities, municipalities) a scenario starts with. */
    public static int initialAgents(Scenario s) {
        RegioSim sim = SimulationRun.create(s, 1);
        sim.start();
        int n = agentCount(sim);
        sim.finish();
        return n;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, MiB. */
    private static double peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    public static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
