package org.careloop.events.cases.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The case moved in its lifecycle ({@code OPEN, ACTIVE, DECEASED, BEREAVEMENT, CLOSED, TRANSFERRED, DISCHARGED}).
 * Carries owner and team so that a consumer's read model stays whole from this event alone.
 */
public record CaseStatusChanged(UUID caseId, String previousStatus, String status, String assignedWorker, String team,
        Instant changedAt, String assignedWorkerSub) {

    public static final String TYPE = "careloop.case.status-changed.v1";

    /**
     * An event of the first shape, without the assignedWorkerSub (the assigned worker's {@code sub}): that person is
     * unknown.
     */
    public CaseStatusChanged(UUID caseId, String previousStatus, String status, String assignedWorker, String team,
            Instant changedAt) {
        this(caseId, previousStatus, status, assignedWorker, team, changedAt, null);
    }
}
