package org.careloop.benchmarks;

import java.time.Duration;

/**
 * How long and how hard each measurement runs: the full run the figures in docs/benchmarks.md come from, or the
 * smoke run CI makes to keep the harness working (seconds; its figures mean nothing).
 */
public record Sizes(String name, Duration warmup, Duration throughputRun, int concurrency, int readsPerSecond,
        Duration fixedRateRun, int referralsPerSecond, Duration liveRun, Duration kafkaOutage,
        int outageReferralsPerSecond, int bulkCases, int casesOfOneWorker, int caseloadQueriesPerSecond,
        Duration caseloadRun) {

    public static Sizes full() {
        return new Sizes("full", Duration.ofSeconds(20), Duration.ofSeconds(20), 16, 200, Duration.ofSeconds(30), 50,
                Duration.ofSeconds(30), Duration.ofSeconds(30), 20, 1_000_000, 1_000, 20, Duration.ofSeconds(30));
    }

    public static Sizes smoke() {
        return new Sizes("smoke", Duration.ofSeconds(1), Duration.ofSeconds(2), 4, 20, Duration.ofSeconds(2), 10,
                Duration.ofSeconds(2), Duration.ofSeconds(2), 5, 2_000, 50, 10, Duration.ofSeconds(2));
    }
}
