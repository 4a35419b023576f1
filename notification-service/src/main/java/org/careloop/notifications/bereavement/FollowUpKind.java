package org.careloop.notifications.bereavement;

/** What a follow-up is: a step of the schedule, or a retry after no answer, or a letter after two. */
public enum FollowUpKind {
    FIRST_CONTACT, THREE_MONTHS, SIX_MONTHS, NINE_MONTHS, ANNIVERSARY, CLOSING, RETRY, LETTER;

    /** Whether its date counts from the death (and so moves when the date of death is corrected). */
    boolean fromTheSchedule() {
        return this != RETRY && this != LETTER;
    }
}
