package org.careloop.benchmarks;

import java.util.List;

/** One quality target: what it asks, what was measured, what it was compared with in the same run, and whether it holds. */
public record Result(String id, String target, String measured, String comparison, boolean met) {

    /** The table the harness prints (Markdown, so that docs/benchmarks.md can hold it as it is). */
    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("""
                | id | target | measured | comparison (same run) | met |
                |---|---|---|---|---|
                """);
        for (Result r : results) {
            table.append("| ").append(r.id()).append(" | ").append(r.target()).append(" | ").append(r.measured())
                    .append(" | ").append(r.comparison()).append(" | ").append(r.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        return table.toString();
    }
}
