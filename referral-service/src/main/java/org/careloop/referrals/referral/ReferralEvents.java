package org.careloop.referrals.referral;

import java.time.Instant;
import java.util.UUID;

import org.careloop.referrals.directory.Category;

/** What happens to referrals, as the outbox carries it to the public contracts. Each carries its own event id. */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    public record ReferralRequested(UUID eventId, UUID referralId, UUID caseId, UUID serviceId, UUID organizationId,
            Category category, Priority priority, String requestedBy, String requestedBySub, String team,
            Instant occurredAt) {
    }

    public record ReferralStatusChanged(UUID eventId, UUID referralId, UUID caseId, UUID organizationId,
            ReferralStatus previousStatus, ReferralStatus status, Outcome outcome, String changedBy,
            String changedByRole, String requestedBy, String requestedBySub, String team, Instant occurredAt) {
    }

    /** Still {@code requested} past its answer time: escalated, once. */
    public record AnswerOverdue(UUID eventId, UUID referralId, UUID caseId, UUID organizationId, Category category,
            Priority priority, Instant requestedAt, Instant answerDueAt, String requestedBy, String requestedBySub,
            String team, Instant escalatedAt) {
    }

    /** One end wrote on the referral; the text stays here. */
    public record MessagePosted(UUID eventId, UUID referralId, UUID messageId, UUID caseId, UUID organizationId,
            Side postedBySide, String postedBy, String postedByRole, String requestedBy, String requestedBySub,
            String team, Instant postedAt) {
    }
}
