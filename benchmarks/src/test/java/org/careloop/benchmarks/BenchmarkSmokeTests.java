package org.careloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The harness on a tiny load, so that it keeps working (the real run is {@code benchmarks/run}, not a test): every
 * target gets a figure, and what the figures rest on holds even at this size.
 */
class BenchmarkSmokeTests {

    @Test
    void measuresEveryTarget() {
        List<Result> results = Benchmarks.run(Path.of(System.getProperty("careloop.jars")), Sizes.smoke(),
                java.util.Set.of(), System.out::println);
        System.out.println(Result.table(results));

        if (!pgbenchInstalled()) {
            // the one measurement that needs a tool from outside the build says so plainly (README prerequisites)
            assertThat(results).filteredOn(r -> r.id().equals("P2")).singleElement()
                    .satisfies(r -> assertThat(r.measured()).contains("pgbench"));
            results = results.stream().filter(r -> !r.id().equals("P2")).toList();
            assertThat(results).extracting(Result::id).containsExactly("P5", "P1", "P1", "P3", "P4", "P7", "P6");
        } else {
            assertThat(results).extracting(Result::id)
                    .containsExactly("P5", "P1", "P1", "P2", "P2", "P3", "P4", "P7", "P6");
        }
        assertThat(results).allSatisfy(result -> {
            assertThat(result.measured()).isNotBlank();
            assertThat(result.comparison()).isNotBlank();
        });
        assertThat(results).filteredOn(r -> r.id().equals("P3") || r.id().equals("P4"))
                .allSatisfy(r -> assertThat(r.measured() + r.comparison())
                        .as("every referral reached the hospice's stream").doesNotContain("never arrived"));
        assertThat(results).filteredOn(r -> r.id().equals("P7")).singleElement()
                .satisfies(r -> assertThat(Long.parseLong(r.measured().substring(0, r.measured().indexOf(" cases"))
                        .replace(",", ""))).as("cases in the table").isGreaterThanOrEqualTo(Sizes.smoke().bulkCases()));
        assertThat(results).filteredOn(r -> r.id().equals("P1") || r.id().equals("P2"))
                .allSatisfy(r -> assertThat(r.measured()).doesNotContain("failed"));
    }

    private static boolean pgbenchInstalled() {
        try {
            return new ProcessBuilder("pgbench", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
