package org.careloop.events.cases.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The patient of the case died; published with the case's move to {@code DECEASED}. */
public record PatientDied(UUID caseId, LocalDate dateOfDeath, String assignedWorker, String team, Instant recordedAt,
        String assignedWorkerSub) {

    public static final String TYPE = "careloop.case.patient-died.v1";

    /**
     * An event of the first shape, without the assignedWorkerSub (the assigned worker's {@code sub}): that person is
     * unknown.
     */
    public PatientDied(UUID caseId, LocalDate dateOfDeath, String assignedWorker, String team, Instant recordedAt) {
        this(caseId, dateOfDeath, assignedWorker, team, recordedAt, null);
    }
}
