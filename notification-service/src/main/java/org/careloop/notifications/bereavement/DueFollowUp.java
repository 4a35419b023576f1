package org.careloop.notifications.bereavement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A pending follow-up of an active plan that has fallen due, with the case's worker it is due to.
 *
 * @param assignedWorkerSub the worker's token subject, whom the reminder goes to (null when unknown)
 */
public record DueFollowUp(UUID followUpId, UUID planId, UUID caseId, FollowUpKind kind, LocalDate dueOn,
        String relationship, String assignedWorker, String assignedWorkerSub) {
}
