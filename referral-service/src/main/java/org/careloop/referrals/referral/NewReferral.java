package org.careloop.referrals.referral;

import java.util.List;
import java.util.UUID;

/**
 * What a social worker asks for: which service, for which case (and family member), why, how soon; what is shared
 * of the patient under the consent; and whether a waiting list is accepted where the service is full or closed.
 */
public record NewReferral(UUID caseId, UUID serviceId, UUID familyMemberId, String reason, Priority priority,
        boolean draft, ConsentGiven consent, SharedSummary shared, boolean waitingListAccepted) {

    public NewReferral(UUID caseId, UUID serviceId, UUID familyMemberId, String reason, Priority priority,
            boolean draft, ConsentGiven consent) {
        this(caseId, serviceId, familyMemberId, reason, priority, draft, consent, null, false);
    }

    /** The consent as the social worker records it; {@code obtained} must be true; {@code scope} may be absent. */
    public record ConsentGiven(boolean obtained, String obtainedFrom, java.time.LocalDate obtainedOn,
            List<SharePart> scope) {

        public ConsentGiven(boolean obtained, String obtainedFrom, java.time.LocalDate obtainedOn) {
            this(obtained, obtainedFrom, obtainedOn, List.of());
        }
    }
}
