package org.careloop.referrals.referral;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the receiving organization has to answer a referral of each priority (accept or reject it), from the
 * moment it is sent. A referral still {@code requested} past its answer time is overdue and escalated.
 */
public record AnswerTimes(Duration stat, Duration asap, Duration urgent, Duration routine) {

    public AnswerTimes {
        positive("stat", stat);
        positive("asap", asap);
        positive("urgent", urgent);
        positive("routine", routine);
    }

    /** The answer time of a priority. */
    public Duration of(Priority priority) {
        return switch (priority) {
            case STAT -> stat;
            case ASAP -> asap;
            case URGENT -> urgent;
            case ROUTINE -> routine;
        };
    }

    /** When a referral of this priority sent at {@code sentAt} is due its answer. */
    Instant dueAt(Priority priority, Instant sentAt) {
        return sentAt.plus(of(priority));
    }

    private static void positive(String priority, Duration time) {
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("The answer time of " + priority + " must be longer than nothing, not "
                    + time);
        }
    }
}
