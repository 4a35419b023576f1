package org.careloop.cases.assessments;

import java.time.Instant;
import java.util.UUID;

/** For the case timeline; stays inside case-service. */
public record AssessmentRecorded(UUID eventId, UUID caseId, UUID assessmentId, String actor, Instant occurredAt) {
}
