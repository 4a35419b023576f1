package org.careloop.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The two ways of loading a service: as fast as a fixed number of clients can go (throughput), and at a fixed rate
 * whatever the answers' speed (latency). At a fixed rate each call's latency counts from the moment it was due, not
 * from when it was sent, so a stalled server is not hidden by calls that were never made (coordinated omission);
 * at most {@link #IN_FLIGHT} calls are open at once (like a load tool's fixed connections), and calls still waiting
 * for their turn well after the run's end count as failed.
 */
final class Load {

    static final int IN_FLIGHT = 64;
    private static final Duration GRACE = Duration.ofSeconds(10);

    /** One call; true when it succeeded. */
    interface Call {
        boolean call() throws Exception;
    }

    /** What a run did: calls that succeeded and failed, over how long, and their latencies in microseconds. */
    record Figures(long succeeded, long failed, Duration elapsed, Histogram latencies) {

        double perSecond() {
            return succeeded / (elapsed.toNanos() / 1e9);
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        /** This run and another, as one. */
        Figures plus(Figures other) {
            Histogram both = latencies.copy();
            both.add(other.latencies);
            return new Figures(succeeded + other.succeeded, failed + other.failed, elapsed.plus(other.elapsed), both);
        }

        String describe() {
            return "%.0f/s, p50 %.1f ms, p99 %.1f ms%s".formatted(perSecond(), millis(50), millis(99),
                    failed == 0 ? "" : ", " + failed + " failed or still queued 10 s after the end");
        }
    }

    private Load() {
    }

    static Figures closedLoop(int clients, Duration run, Call call) {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + run.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    boolean ok = attempt(call);
                    latencies.recordValue((System.nanoTime() - sent) / 1000);
                    (ok ? succeeded : failed).incrementAndGet();
                }
            }));
        }
        joinAll(threads);
        return new Figures(succeeded.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    static Figures fixedRate(int perSecond, Duration run, Call call) {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long interval = 1_000_000_000L / perSecond;
        long calls = run.toNanos() / interval;
        long start = System.nanoTime();
        long giveUp = start + run.plus(GRACE).toNanos();
        Semaphore connections = new Semaphore(IN_FLIGHT);
        List<Thread> threads = new ArrayList<>();
        for (long i = 0; i < calls; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            threads.add(Thread.ofVirtual().start(() -> {
                connections.acquireUninterruptibly();
                try {
                    boolean ok = System.nanoTime() < giveUp && attempt(call);
                    latencies.recordValue((System.nanoTime() - due) / 1000);
                    (ok ? succeeded : failed).incrementAndGet();
                } finally {
                    connections.release();
                }
            }));
        }
        joinAll(threads);
        return new Figures(succeeded.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    /**
     * Two ways of doing the same thing, measured in turns ({@code rounds} of each), so that a slow moment of the
     * machine (a compilation, a collection, a neighbour's burst) does not fall on one side only.
     */
    static Figures[] inTurns(int rounds, Duration each, java.util.function.Function<Duration, Figures> first,
            java.util.function.Function<Duration, Figures> second) {
        Duration turn = each.dividedBy(rounds);
        Figures a = null;
        Figures b = null;
        for (int i = 0; i < rounds; i++) {
            Figures x = first.apply(turn);
            a = a == null ? x : a.plus(x);
            Figures y = second.apply(turn);
            b = b == null ? y : b.plus(y);
        }
        return new Figures[] { a, b };
    }

    private static boolean attempt(Call call) {
        try {
            return call.call();
        } catch (Exception e) {
            return false;
        }
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
