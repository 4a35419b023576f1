package org.careloop.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A case as clients see it. */
record CaseResponse(UUID id, CaseStatus status, String assignedWorker, String team, Patient patient,
        Diagnosis diagnosis, LocalDate dateOfDeath, TreatmentSummary treatmentSummary, Instant openedAt,
        Instant updatedAt, int version) {

    static CaseResponse of(Case c) {
        return new CaseResponse(c.id(), c.status(), c.assignedWorker(), c.team(), c.patient(), c.diagnosis(),
                c.dateOfDeath(), c.treatmentSummary(), c.openedAt(), c.updatedAt(), c.version());
    }
}
