package org.careloop.referrals.referral;

/** No referral leaves without the patient's recorded consent to share. */
public class ConsentRequiredException extends RuntimeException {

    public ConsentRequiredException() {
        super("The patient's consent to share this referral must be recorded before it is sent.");
    }
}
