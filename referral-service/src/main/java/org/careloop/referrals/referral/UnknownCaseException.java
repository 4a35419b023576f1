package org.careloop.referrals.referral;

import java.util.UUID;

/** No case with this id that the person holds (or none known here yet). */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException(UUID caseId) {
        super("No case " + caseId);
    }
}
