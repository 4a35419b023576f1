package org.careloop.notifications.bereavement;

/**
 * How the follow-ups that fell due by today were kept: done, done within the grace days of their date, and still
 * pending after their date. Counts only: no case or person.
 */
public record FollowUpSummary(long done, long doneOnTime, long overdue, int graceDays) {

    /** A follow-up recorded within this many days after its date counts as done on time. */
    public static final int ON_TIME_GRACE_DAYS = 7;
}
