package org.careloop.cases.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A line of the timeline as clients see it. */
record TimelineEntryResponse(UUID id, UUID caseId, Instant occurredAt, String kind, String actor, String text,
        Map<String, Object> detail) {

    static TimelineEntryResponse of(TimelineEntry e) {
        return new TimelineEntryResponse(e.id(), e.caseId(), e.occurredAt(), e.kind(), e.actor(), e.text(),
                e.detail());
    }
}
