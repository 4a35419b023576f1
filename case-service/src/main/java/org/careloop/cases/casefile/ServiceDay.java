package org.careloop.cases.casefile;

import java.time.LocalDate;

/**
 * "Today" as every date rule of this service counts it: the date in the hospice's zone ({@code careloop.cases.zone},
 * {@code CARELOOP_ZONE}). A client whose own calendar shows another day says which one counts.
 */
public record ServiceDay(LocalDate date, String zone) {
}
