package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.support.web.Coded;

/** One planned contact with a bereaved family member, and what came of it. */
public record FollowUp(UUID id, int seq, FollowUpKind kind, LocalDate dueOn, Status status, Outcome outcome,
        String note, String recordedBy, Instant recordedAt, Instant remindedAt) {

    public enum Status {
        PENDING, DONE, CANCELLED
    }

    public enum Outcome implements Coded {
        COMPLETED, NO_ANSWER, DECLINED, SKIPPED;

        @Override
        public String toString() {
            return code();
        }
    }

    /** Moved to another day: a reminder sent for the old day is not one for the new day, so it is due again. */
    FollowUp withDueOn(LocalDate date) {
        return new FollowUp(id, seq, kind, date, status, outcome, note, recordedBy, recordedAt,
                date.equals(dueOn) ? remindedAt : null);
    }

    FollowUp done(Outcome result, String withNote, String by, Instant at) {
        return new FollowUp(id, seq, kind, dueOn, Status.DONE, result, withNote, by, at, remindedAt);
    }

    FollowUp cancelled() {
        return new FollowUp(id, seq, kind, dueOn, Status.CANCELLED, outcome, note, recordedBy, recordedAt, remindedAt);
    }
}
