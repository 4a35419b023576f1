package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Plan milestones, carried by the outbox to {@code careloop.bereavement-events}. */
public final class PlanEvents {

    private PlanEvents() {
    }

    public record PlanActivated(UUID eventId, UUID planId, UUID caseId, UUID familyMemberId, String risk,
            LocalDate dateOfDeath, int followUps, Instant occurredAt) {
    }

    public record PlanEnded(UUID eventId, UUID planId, UUID caseId, UUID familyMemberId, String outcome,
            Instant occurredAt) {
    }
}
