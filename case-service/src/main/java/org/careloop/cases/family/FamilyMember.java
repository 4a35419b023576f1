package org.careloop.cases.family;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A family member or caregiver of the patient. */
public record FamilyMember(UUID id, UUID caseId, String name, String relationship, String phone, String email,
        boolean isPrimaryContact, boolean isCaregiver, BereavementRisk bereavementRisk, Instant addedAt,
        String addedBy) {

    /** A family member added to a case; the relationship in lower case, so "Daughter" and "daughter" are one. */
    static FamilyMember add(UUID caseId, NewFamilyMember member, String actor, Instant now) {
        return new FamilyMember(UUID.randomUUID(), caseId, member.name(),
                member.relationship().toLowerCase(Locale.ROOT), member.phone(), member.email(),
                member.isPrimaryContact(), member.isCaregiver(), member.bereavementRisk(), now, actor);
    }
}
