package org.careloop.referrals.referral;

import java.util.UUID;

/** No such referral, or none the person may see: never told apart. */
public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException(UUID id) {
        super("No referral " + id);
    }
}
