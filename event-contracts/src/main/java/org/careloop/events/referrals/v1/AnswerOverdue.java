package org.careloop.events.referrals.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral is still {@code requested} past its priority's answer time: escalated once. Consumers remind the
 * receiving organization and tell the requesting team's supervisors. {@code answerDueAt} is when the answer was
 * due ({@code requestedAt} plus the answer time of {@code priority} when it was sent).
 */
public record AnswerOverdue(UUID referralId, UUID caseId, UUID organizationId, String category, String priority,
        Instant requestedAt, Instant answerDueAt, String requestedBy, String requestedBySub, String team,
        Instant escalatedAt) {

    public static final String TYPE = "careloop.referral.answer-overdue.v1";
}
