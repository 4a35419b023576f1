package org.careloop.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.directory.Category;

/** A referral as both ends of the loop see it. */
record ReferralResponse(UUID id, UUID caseId, UUID serviceId, UUID organizationId, Category category,
        UUID familyMemberId, ReferralStatus status, Priority priority, Outcome outcome, String reason,
        String requestedBy, String team, ConsentResponse consent, Instant createdAt, Instant updatedAt,
        List<StatusChange> history) {

    record ConsentResponse(boolean obtained, String obtainedFrom, LocalDate obtainedOn, String recordedBy) {
    }

    static ReferralResponse of(Referral r) {
        return new ReferralResponse(r.id(), r.caseId(), r.serviceId(), r.organizationId(), r.category(),
                r.familyMemberId(), r.status(), r.priority(), r.outcome(), r.reason(), r.requestedBy(), r.team(),
                new ConsentResponse(true, r.consent().obtainedFrom(), r.consent().obtainedOn(),
                        r.consent().recordedBy()),
                r.createdAt(), r.updatedAt(), r.history());
    }
}
