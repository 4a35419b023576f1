package org.careloop.referrals.referral;

import java.util.UUID;

/** A draft is still the requester's own: nobody talks on it until it is sent. */
public class ReferralNotSentException extends RuntimeException {

    public ReferralNotSentException(UUID referralId) {
        super("The referral is a draft: send it before writing on it.");
    }
}
