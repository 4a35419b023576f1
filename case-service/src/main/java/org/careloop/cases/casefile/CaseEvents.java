package org.careloop.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to a case file, as the rest of the service (timeline) and, mapped to the public contracts, the
 * other services hear of it. Each carries its own id: it becomes the CloudEvents id, unchanged when the outbox
 * publishes it again, so consumers can drop duplicates.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(UUID eventId, UUID caseId, String assignedWorker, String assignedWorkerSub, String team,
            String actor, Instant occurredAt) {
    }

    public record CaseAssigned(UUID eventId, UUID caseId, String previousWorker, String assignedWorker,
            String assignedWorkerSub, String team, String actor, Instant occurredAt) {
    }

    public record CaseStatusChanged(UUID eventId, UUID caseId, CaseStatus previousStatus, CaseStatus status,
            String reason, String assignedWorker, String assignedWorkerSub, String team, String actor,
            Instant occurredAt) {
    }

    public record PatientDied(UUID eventId, UUID caseId, LocalDate dateOfDeath, String assignedWorker,
            String assignedWorkerSub, String team, String actor, Instant occurredAt) {
    }

    public record DeathDateCorrected(UUID eventId, UUID caseId, LocalDate previousDateOfDeath, LocalDate dateOfDeath,
            String reason, String assignedWorker, String team, String actor, Instant occurredAt) {
    }

    public record DeathEnteredInError(UUID eventId, UUID caseId, CaseStatus restoredStatus, String reason,
            String assignedWorker, String team, String actor, Instant occurredAt) {
    }

    /** From notification-service: a family member's bereavement plan started or ended. */
    public record BereavementPlanChanged(UUID caseId, UUID planId, String status, Instant occurredAt) {
    }

    public record TreatmentSummaryUpdated(UUID eventId, UUID caseId, String actor, Instant occurredAt) {
    }
}
