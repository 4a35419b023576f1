package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.notifications.bereavement.FollowUp.Status;

/** A follow-up as clients see it; {@code outcome} is its code ({@code no-answer}). */
record FollowUpResponse(UUID id, int seq, FollowUpKind kind, LocalDate dueOn, Status status, Outcome outcome,
        String note, String recordedBy, Instant recordedAt, Instant remindedAt) {

    static FollowUpResponse of(FollowUp f) {
        return new FollowUpResponse(f.id(), f.seq(), f.kind(), f.dueOn(), f.status(), f.outcome(), f.note(),
                f.recordedBy(), f.recordedAt(), f.remindedAt());
    }
}
