package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A bereavement plan as clients see it. */
record PlanResponse(UUID id, UUID caseId, UUID familyMemberId, String relationship, String risk, String status,
        LocalDate dateOfDeath, Instant activatedAt, Instant endedAt, List<FollowUpResponse> followUps) {

    static PlanResponse of(BereavementPlan p) {
        return new PlanResponse(p.id(), p.caseId(), p.familyMemberId(), p.relationship(), p.risk().name(),
                p.status().name(), p.dateOfDeath(), p.activatedAt(), p.endedAt(),
                p.followUps().stream().map(FollowUpResponse::of).toList());
    }
}
