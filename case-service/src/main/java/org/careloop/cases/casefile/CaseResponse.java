package org.careloop.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as clients see it. {@code allowedTransitions}: the moves the lifecycle allows from its status, with the
 * fields each needs, so that clients offer them instead of repeating the lifecycle.
 */
record CaseResponse(UUID id, CaseStatus status, String assignedWorker, String team, Patient patient,
        Diagnosis diagnosis, LocalDate dateOfDeath, TreatmentSummary treatmentSummary, Instant openedAt,
        Instant updatedAt, int version, List<AllowedTransition> allowedTransitions) {

    static CaseResponse of(Case c) {
        return new CaseResponse(c.id(), c.status(), c.assignedWorker(), c.team(), c.patient(), c.diagnosis(),
                c.dateOfDeath(), c.treatmentSummary(), c.openedAt(), c.updatedAt(), c.version(),
                c.allowedTransitions());
    }
}
