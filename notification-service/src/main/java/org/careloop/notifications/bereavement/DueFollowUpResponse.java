package org.careloop.notifications.bereavement;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up that has fallen due, as clients see it. */
record DueFollowUpResponse(UUID followUpId, UUID planId, UUID caseId, FollowUpKind kind, LocalDate dueOn,
        String relationship, String assignedWorker, String assignedWorkerSub) {

    static DueFollowUpResponse of(DueFollowUp d) {
        return new DueFollowUpResponse(d.followUpId(), d.planId(), d.caseId(), d.kind(), d.dueOn(), d.relationship(),
                d.assignedWorker(), d.assignedWorkerSub());
    }
}
