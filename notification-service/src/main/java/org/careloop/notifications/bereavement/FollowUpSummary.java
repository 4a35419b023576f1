package org.careloop.notifications.bereavement;

/**
 * How the follow-ups that fell due by today were kept: done (any outcome recorded), done on time (the family member
 * was reached, completed or declined, within the grace days of the date: skipped and no-answer are not), and still
 * pending after their date. Counts only: no case or person.
 */
public record FollowUpSummary(long done, long doneOnTime, long overdue, int graceDays) {

    /** A follow-up recorded within this many days after its date counts as done on time. */
    public static final int ON_TIME_GRACE_DAYS = 7;
}
