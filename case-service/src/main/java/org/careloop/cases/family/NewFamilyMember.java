package org.careloop.cases.family;

/** A family member or caregiver as the social worker records them, before they are added to the case. */
public record NewFamilyMember(String name, String relationship, String phone, String email,
        boolean isPrimaryContact, boolean isCaregiver, BereavementRisk bereavementRisk) {
}
