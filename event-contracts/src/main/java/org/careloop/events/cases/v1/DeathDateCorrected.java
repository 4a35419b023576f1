package org.careloop.events.cases.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The recorded date of death was wrong and has been corrected; schedules that count from it move. */
public record DeathDateCorrected(UUID caseId, LocalDate previousDateOfDeath, LocalDate dateOfDeath,
        String assignedWorker, String team, Instant correctedAt) {

    public static final String TYPE = "careloop.case.death-date-corrected.v1";
}
