package org.careloop.events.bereavement.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member's bereavement plan ended: {@code completed} (every follow-up done), {@code declined} (the
 * family member asked for no more contact) or {@code cancelled} (the death was entered in error).
 */
public record PlanCompleted(UUID planId, UUID caseId, UUID familyMemberId, String outcome, Instant completedAt) {

    public static final String TYPE = "careloop.bereavement.plan-completed.v1";
}
