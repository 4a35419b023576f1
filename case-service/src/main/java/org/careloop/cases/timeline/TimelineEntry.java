package org.careloop.cases.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of a case's timeline: a note a person wrote, or something that happened to the case. */
public record TimelineEntry(UUID id, UUID caseId, Instant occurredAt, String kind, String actor, String text,
        Map<String, Object> detail) {

    public static final String NOTE = "NOTE";

    /** A note a person writes on the case. */
    static TimelineEntry note(UUID caseId, String text, String actor, Instant now) {
        return new TimelineEntry(UUID.randomUUID(), caseId, now, NOTE, actor, text, Map.of());
    }
}
