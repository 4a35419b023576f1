package org.careloop.events.cases.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member or caregiver was recorded on the case. {@code bereavementRisk} is {@code LOW, MODERATE, HIGH};
 * the name and contact details stay in case-service.
 */
public record FamilyMemberAdded(UUID caseId, UUID familyMemberId, String relationship, String bereavementRisk,
        Instant addedAt) {

    public static final String TYPE = "careloop.case.family-member-added.v1";
}
