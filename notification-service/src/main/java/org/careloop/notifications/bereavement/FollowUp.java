package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.careloop.support.web.Coded;

/** One planned contact with a bereaved family member, and what came of it. */
public record FollowUp(UUID id, int seq, FollowUpKind kind, LocalDate dueOn, Status status, Outcome outcome,
        String note, String recordedBy, Instant recordedAt, Instant remindedAt) {

    public enum Status {
        PENDING, DONE, CANCELLED
    }

    public enum Outcome implements Coded {
        COMPLETED("completed"), NO_ANSWER("no-answer"), DECLINED("declined"), SKIPPED("skipped");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }

        @JsonCreator
        public static Outcome of(String code) {
            return Coded.of(values(), code);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    FollowUp withDueOn(LocalDate date) {
        return new FollowUp(id, seq, kind, date, status, outcome, note, recordedBy, recordedAt, remindedAt);
    }

    FollowUp done(Outcome result, String withNote, String by, Instant at) {
        return new FollowUp(id, seq, kind, dueOn, Status.DONE, result, withNote, by, at, remindedAt);
    }

    FollowUp cancelled() {
        return new FollowUp(id, seq, kind, dueOn, Status.CANCELLED, outcome, note, recordedBy, recordedAt, remindedAt);
    }
}
