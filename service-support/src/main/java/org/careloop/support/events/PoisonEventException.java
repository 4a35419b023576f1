package org.careloop.support.events;

/** An event that can never be processed as it is (not a CloudEvent, unreadable data): straight to the DLT. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
