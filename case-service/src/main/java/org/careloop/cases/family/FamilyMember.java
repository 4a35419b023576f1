package org.careloop.cases.family;

import java.time.Instant;
import java.util.UUID;

/** A family member or caregiver of the patient. */
public record FamilyMember(UUID id, UUID caseId, String name, String relationship, String phone, String email,
        boolean isPrimaryContact, boolean isCaregiver, BereavementRisk bereavementRisk, Instant addedAt,
        String addedBy) {
}
