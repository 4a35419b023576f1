package org.careloop.notifications.bereavement;

/** The follow-up already has its outcome, or its plan has ended. */
public class FollowUpClosedException extends RuntimeException {

    public FollowUpClosedException() {
        super("This follow-up already has an outcome, or its plan has ended.");
    }
}
