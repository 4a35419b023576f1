package org.careloop.referrals.referral;

import java.util.UUID;

/** No message with this id on a referral the person can see. */
public class MessageNotFoundException extends RuntimeException {

    public MessageNotFoundException(UUID messageId) {
        super("No message " + messageId);
    }
}
