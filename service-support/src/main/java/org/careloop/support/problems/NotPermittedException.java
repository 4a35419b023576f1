package org.careloop.support.problems;

/** The person may see the case but their role does not let them do this to it. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
