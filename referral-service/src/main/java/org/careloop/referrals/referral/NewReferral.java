package org.careloop.referrals.referral;

import java.util.UUID;

/** What a social worker asks for: which service, for which case (and family member), why, how soon. */
public record NewReferral(UUID caseId, UUID serviceId, UUID familyMemberId, String reason, Priority priority,
        boolean draft, ConsentGiven consent) {

    /** The consent as the social worker records it; {@code obtained} must be true. */
    public record ConsentGiven(boolean obtained, String obtainedFrom, java.time.LocalDate obtainedOn) {
    }
}
