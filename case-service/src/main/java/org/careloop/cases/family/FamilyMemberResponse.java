package org.careloop.cases.family;

import java.time.Instant;
import java.util.UUID;

/** A family member as clients see them. */
record FamilyMemberResponse(UUID id, UUID caseId, String name, String relationship, String phone, String email,
        boolean isPrimaryContact, boolean isCaregiver, BereavementRisk bereavementRisk, Instant addedAt,
        String addedBy) {

    static FamilyMemberResponse of(FamilyMember m) {
        return new FamilyMemberResponse(m.id(), m.caseId(), m.name(), m.relationship(), m.phone(), m.email(),
                m.isPrimaryContact(), m.isCaregiver(), m.bereavementRisk(), m.addedAt(), m.addedBy());
    }
}
