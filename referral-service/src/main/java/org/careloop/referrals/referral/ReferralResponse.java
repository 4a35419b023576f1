package org.careloop.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.directory.Category;

/**
 * A referral as both ends of the loop see it, with what the person asking may do next: the statuses their end may
 * move it to, and the fields of the status change each needs.
 */
record ReferralResponse(UUID id, UUID caseId, UUID serviceId, UUID organizationId, Category category,
        UUID familyMemberId, ReferralStatus status, Priority priority, Outcome outcome, String reason,
        String requestedBy, String team, ConsentResponse consent, Instant createdAt, Instant updatedAt,
        List<StatusChangeResponse> history, List<TransitionResponse> allowedTransitions, SharedSummary shared,
        boolean waitingList, Instant answerDueAt, boolean overdue, Instant escalatedAt) {

    /** @param scope the parts of the patient summary the consent covers */
    record ConsentResponse(boolean obtained, String obtainedFrom, LocalDate obtainedOn, String recordedBy,
            List<SharePart> scope) {
    }

    record StatusChangeResponse(ReferralStatus status, String by, String role, Instant at, String reason,
            Outcome outcome) {
    }

    /** @param outcomes the outcome codes this status takes (one is required where {@code requires} says so) */
    record TransitionResponse(ReferralStatus status, List<Requirement> requires, List<Outcome> outcomes) {
    }

    /** The referral as seen {@code now}: whether it is overdue is read from the service's clock. */
    static ReferralResponse of(ReferralSeen seen, Instant now) {
        Referral r = seen.referral();
        return new ReferralResponse(r.id(), r.caseId(), r.serviceId(), r.organizationId(), r.category(),
                r.familyMemberId(), r.status(), r.priority(), r.outcome(), r.reason(), r.requestedBy(), r.team(),
                new ConsentResponse(true, r.consent().obtainedFrom(), r.consent().obtainedOn(),
                        r.consent().recordedBy(), r.consent().scope()),
                r.createdAt(), r.updatedAt(),
                r.history().stream().map(change -> new StatusChangeResponse(change.status(), change.by(),
                        change.role(), change.at(), change.reason(), change.outcome())).toList(),
                seen.allowedTransitions().stream().map(to -> new TransitionResponse(to, to.requires(), to.outcomes())).toList(),
                r.shared(), r.waitingList(), r.answerDueAt(), r.overdue(now), r.escalatedAt());
    }
}
