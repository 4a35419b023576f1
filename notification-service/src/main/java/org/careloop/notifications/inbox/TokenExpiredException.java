package org.careloop.notifications.inbox;

/** A live stream was asked for with a token already past its expiry: it would end at once, so none is opened. */
class TokenExpiredException extends RuntimeException {

    TokenExpiredException() {
        super("The access token has expired");
    }
}
