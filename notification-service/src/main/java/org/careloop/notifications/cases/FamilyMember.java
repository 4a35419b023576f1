package org.careloop.notifications.cases;

import java.util.UUID;

/** A family member as case-service announced them: relationship and bereavement risk, never a name. */
public record FamilyMember(UUID id, UUID caseId, String relationship, String risk) {
}
