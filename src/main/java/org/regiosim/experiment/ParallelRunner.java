package org.regiosim.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent jobs on a fixed number of threads. Results go to one sink, one at a time
 * (the sink needs no locking): in job order ({@code ordered}: a small reorder buffer holds results
 * that finished early) or as they finish. At most {@code 4 x threads} jobs are started but not yet
 * handed to the sink, so memory does not grow with the number of jobs. Each job's result must
 * depend only on its input (its own seeded generator), which makes the output independent of
 * the thread count.
 */
public final class ParallelRunner {

    /** Computes one job's result on a worker thread. */
    @FunctionalInterface
    public interface Job<R> {
        R run(int job) throws Exception;
    }

    /** Receives results, one call at a time. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(int job, R result) throws Exception;
    }

    private ParallelRunner() {
    }

    /** The default thread count: all cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the jobs (identified by their numbers, in this order) and hands the results to the
     * sink. Stops at the first failure and rethrows it.
     */
    public static <R> void run(List<Integer> jobs, int threads, boolean ordered, Job<R> job, Sink<R> sink)
            throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (threads == 1) {
            for (int j : jobs) {
                sink.accept(j, job.run(j));
            }
            return;
        }
        AtomicInteger names = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "regiosim-run-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        Semaphore window = new Semaphore(4 * threads);
        Object lock = new Object();
        Map<Integer, R> early = new HashMap<>();
        int[] nextPosition = {0};
        Exception[] failure = {null};
        try {
            for (int pos = 0; pos < jobs.size(); pos++) {
                window.acquire();
                synchronized (lock) {
                    if (failure[0] != null) {
                        break;
                    }
                }
                int position = pos;
                int id = jobs.get(pos);
                pool.execute(() -> {
                    try {
                        R result = job.run(id);
                        synchronized (lock) {
                            if (failure[0] != null) {
                                return;
                            }
                            if (!ordered) {
                                sink.accept(id, result);
                                window.release();
                                return;
                            }
                            early.put(position, result);
                            while (early.containsKey(nextPosition[0])) {
                                R r = early.remove(nextPosition[0]);
                                sink.accept(jobs.get(nextPosition[0]), r);
                                nextPosition[0]++;
                                window.release();
                            }
                        }
                    } catch (Exception | Error e) {
                        synchronized (lock) {
                            if (failure[0] == null) {
                                failure[0] = e instanceof Exception ex ? ex : new RuntimeException(e);
                            }
                        }
                        window.release(4 * threads + 1); // let the submitting loop see the failure
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                synchronized (lock) {
                    if (failure[0] != null) {
                        pool.shutdownNow();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
