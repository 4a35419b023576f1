package org.careloop.referrals.referral;

/**
 * A new referral that the case's state does not allow (care has ended; after a death, only support for the
 * family) or a service that takes no referrals.
 */
public class ReferralRefusedException extends RuntimeException {

    private final String kind;

    public ReferralRefusedException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
