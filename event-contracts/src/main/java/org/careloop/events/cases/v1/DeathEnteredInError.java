package org.careloop.events.cases.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A death was recorded on the wrong case or by mistake: the patient is alive, the case is back in {@code status}
 * (the status it had before), and everything that followed from the death (the family's bereavement plans) ends.
 */
public record DeathEnteredInError(UUID caseId, String status, String assignedWorker, String team, Instant recordedAt) {

    public static final String TYPE = "careloop.case.death-entered-in-error.v1";
}
