package org.careloop.notifications.bereavement;

/** How the follow-ups due by today were kept, as the dashboard's team view shows it. */
record FollowUpSummaryResponse(long done, long doneOnTime, long overdue, int graceDays) {

    static FollowUpSummaryResponse of(FollowUpSummary s) {
        return new FollowUpSummaryResponse(s.done(), s.doneOnTime(), s.overdue(), s.graceDays());
    }
}
