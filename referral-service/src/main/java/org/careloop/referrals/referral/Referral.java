package org.careloop.referrals.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.directory.Category;
import org.careloop.referrals.referral.ReferralEvents.ReferralRequested;
import org.careloop.referrals.referral.ReferralEvents.ReferralStatusChanged;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.NotPermittedException;

/**
 * A referral of a patient or family member to a service: the aggregate that guards the closed loop's lifecycle,
 * which side may set which status, and keeps the full history.
 */
public class Referral {

    private final UUID id;
    private final UUID caseId;
    private final UUID serviceId;
    private final UUID organizationId;
    private final Category category;
    private final UUID familyMemberId;
    private final String reason;
    private final Priority priority;
    private ReferralStatus status;
    private Outcome outcome;
    private final String requestedBy;
    /** The requester's token subject: whom answers are told to (the username is for display). */
    private final String requestedBySub;
    private final String team;
    private final Consent consent;
    private final Instant createdAt;
    private Instant updatedAt;
    private int version;
    private final List<StatusChange> history;

    private final List<Object> events = new ArrayList<>();

    Referral(UUID id, UUID caseId, UUID serviceId, UUID organizationId, Category category, UUID familyMemberId,
            String reason, Priority priority, ReferralStatus status, Outcome outcome, String requestedBy,
            String requestedBySub, String team, Consent consent, Instant createdAt, Instant updatedAt, int version, List<StatusChange> history) {
        this.id = id;
        this.caseId = caseId;
        this.serviceId = serviceId;
        this.organizationId = organizationId;
        this.category = category;
        this.familyMemberId = familyMemberId;
        this.reason = reason;
        this.priority = priority;
        this.status = status;
        this.outcome = outcome;
        this.requestedBy = requestedBy;
        this.requestedBySub = requestedBySub;
        this.team = team;
        this.consent = consent;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.history = new ArrayList<>(history);
    }

    static Referral create(UUID caseId, UUID serviceId, UUID organizationId, Category category, UUID familyMemberId,
            String reason, Priority priority, boolean draft, String team, Consent consent, String actor,
            String actorSub, String role, Instant now) {
        ReferralStatus status = draft ? ReferralStatus.DRAFT : ReferralStatus.REQUESTED;
        Referral referral = new Referral(UUID.randomUUID(), caseId, serviceId, organizationId, category,
                familyMemberId, reason, priority, status, null, actor, actorSub, team, consent, now, now, 0,
                List.of(new StatusChange(status, actor, role, now, null, null)));
        if (!draft) {
            referral.events.add(referral.requested(now));
        }
        return referral;
    }

    void changeStatus(ReferralStatus target, String why, Outcome result, Side side, String actor, String role,
            Instant now) {
        if (target.setBy() != side) {
            throw new NotPermittedException(side == Side.RECEIVER
                    ? "Only the requester can set a referral to " + target + "."
                    : "Only the receiving organization can set a referral to " + target + ".");
        }
        if (!status.canMoveTo(target)) {
            throw new ForbiddenReferralTransitionException(status, target);
        }
        if (target.needsReason() && (why == null || why.isBlank())) {
            throw new InvalidInputException("reason", "is required when a referral becomes " + target);
        }
        if (target == ReferralStatus.COMPLETED && result == null) {
            throw new InvalidInputException("outcome", "is required when a referral is completed");
        }
        if (target != ReferralStatus.COMPLETED && result != null) {
            throw new InvalidInputException("outcome", "is only recorded when a referral is completed");
        }
        ReferralStatus previous = status;
        status = target;
        outcome = result;
        updatedAt = now;
        history.add(new StatusChange(target, actor, role, now, why, result));
        events.add(previous == ReferralStatus.DRAFT && target == ReferralStatus.REQUESTED
                ? requested(now)
                : new ReferralStatusChanged(UUID.randomUUID(), id, caseId, organizationId, previous, target, result,
                        actor, role, requestedBy, requestedBySub, team, now));
    }

    private ReferralRequested requested(Instant now) {
        return new ReferralRequested(UUID.randomUUID(), id, caseId, serviceId, organizationId, category, priority,
                requestedBy, requestedBySub, team, now);
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    StatusChange lastChange() {
        return history.getLast();
    }

    void versionSaved(int saved) {
        version = saved;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID serviceId() {
        return serviceId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public Category category() {
        return category;
    }

    public UUID familyMemberId() {
        return familyMemberId;
    }

    public String reason() {
        return reason;
    }

    public Priority priority() {
        return priority;
    }

    public ReferralStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String requestedBy() {
        return requestedBy;
    }

    String requestedBySub() {
        return requestedBySub;
    }

    public String team() {
        return team;
    }

    public Consent consent() {
        return consent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
