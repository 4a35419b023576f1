package org.careloop.cases.family;

import java.time.Instant;
import java.util.UUID;

/** A family member was recorded on a case; the name stays out of the event. */
public record FamilyMemberAdded(UUID eventId, UUID caseId, UUID familyMemberId, String relationship,
        BereavementRisk bereavementRisk, String actor, Instant occurredAt) {
}
