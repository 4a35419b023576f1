package org.careloop.events.cases.v1;

import java.time.Instant;
import java.util.UUID;

/** A supervisor handed the case to another social worker of the team. */
public record CaseAssigned(UUID caseId, String previousWorker, String assignedWorker, String team, Instant assignedAt,
        String assignedWorkerSub) {

    public static final String TYPE = "careloop.case.assigned.v1";

    /**
     * An event of the first shape, without the assignedWorkerSub (the assigned worker's {@code sub}): that person is
     * unknown.
     */
    public CaseAssigned(UUID caseId, String previousWorker, String assignedWorker, String team, Instant assignedAt) {
        this(caseId, previousWorker, assignedWorker, team, assignedAt, null);
    }
}
