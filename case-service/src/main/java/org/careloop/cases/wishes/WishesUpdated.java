package org.careloop.cases.wishes;

import java.time.Instant;
import java.util.UUID;

/** For the case timeline; stays inside case-service. */
public record WishesUpdated(UUID eventId, UUID caseId, String actor, Instant occurredAt) {
}
