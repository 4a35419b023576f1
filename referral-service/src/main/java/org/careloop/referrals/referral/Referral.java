package org.careloop.referrals.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.directory.Category;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.referrals.referral.ReferralEvents.AnswerOverdue;
import org.careloop.referrals.referral.ReferralEvents.ReferralRequested;
import org.careloop.referrals.referral.ReferralEvents.ReferralStatusChanged;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.careloop.support.problems.NotPermittedException;

/**
 * A referral of a patient or family member to a service: the aggregate that guards the closed loop's lifecycle,
 * which side may set which status, and keeps the full history.
 */
public class Referral {

    /**
     * After a death, a referral that names no family member may still be made for these (the family's grief); one
     * that names a family member of the case may be made for any service.
     */
    static final Set<Category> FOR_THE_BEREAVED = EnumSet.of(Category.BEREAVEMENT_SUPPORT, Category.COUNSELING,
            Category.SPIRITUAL_CARE);

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
    /** What was shared of the patient under the consent's scope, as sent; null when nothing was. */
    private final SharedSummary shared;
    /** Sent to a service at capacity or temporarily closed, its waiting list accepted. */
    private final boolean waitingList;
    /** When the receiving organization is due to answer: set when the referral is sent; null for a draft. */
    private Instant answerDueAt;
    /** When the referral was escalated for being unanswered past {@link #answerDueAt}; null until then. */
    private Instant escalatedAt;

    private final List<Object> events = new ArrayList<>();

    Referral(UUID id, UUID caseId, UUID serviceId, UUID organizationId, Category category, UUID familyMemberId,
            String reason, Priority priority, ReferralStatus status, Outcome outcome, String requestedBy,
            String requestedBySub, String team, Consent consent, Instant createdAt, Instant updatedAt, int version, List<StatusChange> history) {
        this(id, caseId, serviceId, organizationId, category, familyMemberId, reason, priority, status, outcome,
                requestedBy, requestedBySub, team, consent, createdAt, updatedAt, version, history, null, false);
    }

    Referral(UUID id, UUID caseId, UUID serviceId, UUID organizationId, Category category, UUID familyMemberId,
            String reason, Priority priority, ReferralStatus status, Outcome outcome, String requestedBy,
            String requestedBySub, String team, Consent consent, Instant createdAt, Instant updatedAt, int version,
            List<StatusChange> history, SharedSummary shared, boolean waitingList) {
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
        this.shared = shared;
        this.waitingList = waitingList;
    }

    /**
     * A new referral of a case to a service, sent or kept as a draft: only with the patient's consent, for the patient
     * or a family member recorded on the case, to a service
     * that takes referrals (on its waiting list, accepted by the worker, where it is full or temporarily closed), for
     * a case whose care has not ended, and after a death only for the family; sharing only what the consent covers.
     * One sent is due its answer the priority's answer time from now.
     */
    static Referral request(NewReferral request, CaseView caseView, DirectoryService service, String actor,
            String actorSub, String role, Instant now, LocalDate today, AnswerTimes answerTimes) {
        Consent consent = Consent.given(request.consent(), actor, today);
        // only the parts the consent covers, checked before anything else is decided: nothing beyond it is kept
        SharedSummary shared = SharedSummary.underConsent(request.shared(), consent.scope(), today);
        if (request.familyMemberId() != null && !caseView.hasFamilyMember(request.familyMemberId())) {
            throw new InvalidInputException("familyMemberId", "is not a family member of this case");
        }
        if (!service.takesReferrals()) {
            throw new ReferralRefusedException("service-not-accepting",
                    "This service is " + service.status() + " and takes no referrals.");
        }
        if (caseView.careEnded()) {
            throw new ReferralRefusedException("case-closed",
                    "The case is " + caseView.status() + ": care has ended, so it takes no new referral.");
        }
        // after a death, a family member may be referred to any service (survivors' and burial benefits, trust
        // claims, legal help); a referral that names nobody is for the patient, or for the family's grief alone
        if (caseView.patientDied() && request.familyMemberId() == null
                && !FOR_THE_BEREAVED.contains(service.category())) {
            throw new ReferralRefusedException("patient-died", "After the patient's death, a referral names the "
                    + "family member it is for; without one only " + FOR_THE_BEREAVED + " referrals are accepted.");
        }
        // asked last: confirming a waiting list is worth it only for a referral that is otherwise accepted
        if (service.needsWaitingList() && !request.waitingListAccepted()) {
            throw new ServiceAtCapacityException(service.capacity(), service.status());
        }
        ReferralStatus status = request.draft() ? ReferralStatus.DRAFT : ReferralStatus.REQUESTED;
        Referral referral = new Referral(UUID.randomUUID(), caseView.caseId(), service.id(),
                service.organization().id(), service.category(), request.familyMemberId(), request.reason(),
                request.priority(), status, null, actor, actorSub, caseView.team(), consent, now, now, 0,
                List.of(new StatusChange(status, actor, role, now, null, null)), shared,
                service.needsWaitingList());
        if (!request.draft()) {
            referral.answerDueAt = answerTimes.dueAt(referral.priority, now);
            referral.events.add(referral.requested(now));
        }
        return referral;
    }

    /**
     * Moves the referral along its lifecycle, for the side of the loop the person stands at. The one rule of who
     * may set what, from where, with what: {@link #allowedTransitions(Side)} reads the same rule. A draft sent is due
     * its answer the priority's answer time from now.
     */
    void changeStatus(ReferralStatus target, String why, Outcome result, Side side, String actor, String role,
            Instant now, AnswerTimes answerTimes) {
        if (target.setBy() != side) {
            throw new NotPermittedException(side == Side.RECEIVER
                    ? "Only the requester can set a referral to " + target + "."
                    : "Only the receiving organization can set a referral to " + target + ".");
        }
        if (!status.canMoveTo(target)) {
            throw new ForbiddenReferralTransitionException(status, target);
        }
        List<FieldError> errors = new ArrayList<>();
        if (target.requires().contains(Requirement.REASON) && (why == null || why.isBlank())) {
            errors.add(new FieldError("reason", "is required when a referral becomes " + target));
        }
        if (target.requires().contains(Requirement.OUTCOME) && result == null) {
            errors.add(new FieldError("outcome", "is required when a referral is completed"));
        }
        if (result != null && !target.outcomes().contains(result)) {
            errors.add(new FieldError("outcome", target.outcomes().isEmpty()
                    ? "is only recorded when a referral is completed, rejected or failed"
                    : result + " is not an outcome of a referral that becomes " + target));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReferralStatus previous = status;
        status = target;
        outcome = result;
        updatedAt = now;
        history.add(new StatusChange(target, actor, role, now, why, result));
        boolean sent = previous == ReferralStatus.DRAFT && target == ReferralStatus.REQUESTED;
        if (sent) {
            answerDueAt = answerTimes.dueAt(priority, now);
        }
        events.add(sent
                ? requested(now)
                : new ReferralStatusChanged(UUID.randomUUID(), id, caseId, organizationId, previous, target, result,
                        actor, role, requestedBy, requestedBySub, team, now));
    }

    /**
     * The statuses this side may move the referral to now, in lifecycle order; what each needs is
     * {@link ReferralStatus#requires()}, the outcome codes each takes {@link ReferralStatus#outcomes()} (which
     * {@link #changeStatus} checks too). Read from the same two rules {@link #changeStatus} applies (which side sets
     * the status, where the lifecycle may go from here), so the two cannot disagree.
     */
    public List<ReferralStatus> allowedTransitions(Side side) {
        return status.next().stream().filter(target -> target.setBy() == side).toList();
    }

    /**
     * Escalates the referral for being unanswered past its answer time: once, and only while it is overdue (the
     * sweep claims only those; anything else is a defect, not a user's mistake).
     */
    void escalate(Instant now) {
        if (!overdue(now) || escalatedAt != null) {
            throw new IllegalStateException("Referral " + id + " is not awaiting escalation");
        }
        escalatedAt = now;
        Instant sentAt = history.reversed().stream().filter(change -> change.status() == ReferralStatus.REQUESTED)
                .map(StatusChange::at).findFirst().orElse(createdAt);
        events.add(new AnswerOverdue(UUID.randomUUID(), id, caseId, organizationId, category, priority, sentAt,
                answerDueAt, requestedBy, requestedBySub, team, now));
    }

    /** Still waiting for the receiving organization's answer, from the moment it was due on. */
    public boolean overdue(Instant now) {
        return status == ReferralStatus.REQUESTED && answerDueAt != null && !now.isBefore(answerDueAt);
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

    /** The answer's due moment and the escalation, as stored. */
    Referral answerClock(Instant dueAt, Instant escalated) {
        answerDueAt = dueAt;
        escalatedAt = escalated;
        return this;
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

    public SharedSummary shared() {
        return shared;
    }

    public boolean waitingList() {
        return waitingList;
    }

    public Instant answerDueAt() {
        return answerDueAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }
}
