package org.careloop.events.bereavement.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family member's bereavement plan started after the patient's death. {@code risk}: LOW, MODERATE, HIGH. */
public record PlanActivated(UUID planId, UUID caseId, UUID familyMemberId, String risk, LocalDate dateOfDeath,
        int followUps, Instant activatedAt) {

    public static final String TYPE = "careloop.bereavement.plan-activated.v1";
}
