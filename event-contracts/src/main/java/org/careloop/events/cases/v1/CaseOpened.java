package org.careloop.events.cases.v1;

import java.time.Instant;
import java.util.UUID;

/** A case was opened for a patient; {@code status} is {@code OPEN}. */
public record CaseOpened(UUID caseId, String status, String assignedWorker, String team, Instant openedAt,
        String assignedWorkerSub) {

    public static final String TYPE = "careloop.case.opened.v1";

    /**
     * An event of the first shape, without the assignedWorkerSub (the assigned worker's {@code sub}): that person is
     * unknown.
     */
    public CaseOpened(UUID caseId, String status, String assignedWorker, String team, Instant openedAt) {
        this(caseId, status, assignedWorker, team, openedAt, null);
    }
}
