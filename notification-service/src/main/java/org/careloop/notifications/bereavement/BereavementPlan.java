package org.careloop.notifications.bereavement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.notifications.bereavement.BereavementTemplate.Risk;
import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.notifications.bereavement.FollowUp.Status;
import org.careloop.notifications.bereavement.PlanEvents.PlanActivated;
import org.careloop.notifications.bereavement.PlanEvents.PlanEnded;

/**
 * A family member's bereavement plan: the follow-ups of the template from the date of death, outcomes recorded by
 * the social worker, a retry and then a letter when nobody answers (no answer to the letter closes that step, and the
 * plan goes on), and an end when all is done, when the family member declines, or when the death was entered in
 * error.
 */
public class BereavementPlan {

    public enum PlanStatus {
        ACTIVE, COMPLETED, DECLINED, CANCELLED
    }

    private final UUID id;
    private final UUID caseId;
    private final UUID familyMemberId;
    private final String relationship;
    private final Risk risk;
    private PlanStatus status;
    private LocalDate dateOfDeath;
    private final Instant activatedAt;
    private Instant endedAt;
    private final List<FollowUp> followUps;
    private int version;
    private final List<Object> events = new ArrayList<>();

    BereavementPlan(UUID id, UUID caseId, UUID familyMemberId, String relationship, Risk risk, PlanStatus status,
            LocalDate dateOfDeath, Instant activatedAt, Instant endedAt, List<FollowUp> followUps, int version) {
        this.id = id;
        this.caseId = caseId;
        this.familyMemberId = familyMemberId;
        this.relationship = relationship;
        this.risk = risk;
        this.status = status;
        this.dateOfDeath = dateOfDeath;
        this.activatedAt = activatedAt;
        this.endedAt = endedAt;
        this.followUps = new ArrayList<>(followUps);
        this.version = version;
    }

    static BereavementPlan activate(UUID caseId, UUID familyMemberId, String relationship, Risk risk,
            LocalDate dateOfDeath, BereavementTemplate template, Instant now) {
        List<FollowUp> followUps = new ArrayList<>();
        int seq = 0;
        for (BereavementTemplate.Scheduled step : template.schedule(risk, dateOfDeath)) {
            followUps.add(new FollowUp(UUID.randomUUID(), ++seq, step.kind(), step.dueOn(), Status.PENDING, null, null,
                    null, null, null));
        }
        BereavementPlan plan = new BereavementPlan(UUID.randomUUID(), caseId, familyMemberId, relationship, risk,
                PlanStatus.ACTIVE, dateOfDeath, now, null, followUps, 0);
        plan.events.add(new PlanActivated(UUID.randomUUID(), plan.id, caseId, familyMemberId, risk.name(),
                dateOfDeath, followUps.size(), now));
        return plan;
    }

    /** The date of death was corrected: open follow-ups of the schedule move with it. */
    void reschedule(LocalDate corrected, BereavementTemplate template) {
        if (status != PlanStatus.ACTIVE) {
            return;
        }
        dateOfDeath = corrected;
        followUps.replaceAll(f -> f.status() == Status.PENDING && f.kind().fromTheSchedule()
                ? f.withDueOn(template.dueOf(f.kind(), risk, corrected)) : f);
    }

    /** The death was entered in error: the plan ends, nothing more is due. */
    void cancel(Instant now) {
        if (status == PlanStatus.ACTIVE) {
            end(PlanStatus.CANCELLED, now);
        }
    }

    FollowUp recordOutcome(UUID followUpId, Outcome outcome, String note, String actor, LocalDate today,
            BereavementTemplate template, Instant now) {
        FollowUp followUp = followUps.stream().filter(f -> f.id().equals(followUpId)).findFirst()
                .orElseThrow(() -> new PlanNotFoundException(followUpId));
        if (status != PlanStatus.ACTIVE || followUp.status() != Status.PENDING) {
            throw new FollowUpClosedException();
        }
        FollowUp done = followUp.done(outcome, note, actor, now);
        followUps.replaceAll(f -> f.id().equals(followUpId) ? done : f);
        switch (outcome) {
            case NO_ANSWER -> {
                // no answer to the letter ends that step's chasing: the letter was the last try, the plan goes on
                // with its next step (or completes when nothing is pending)
                if (followUp.kind() == FollowUpKind.LETTER) {
                    break;
                }
                boolean secondTry = followUp.kind() == FollowUpKind.RETRY;
                followUps.add(new FollowUp(UUID.randomUUID(), nextSeq(),
                        secondTry ? FollowUpKind.LETTER : FollowUpKind.RETRY,
                        today.plus(secondTry ? template.letterAfterNoAnswer() : template.retryAfterNoAnswer()),
                        Status.PENDING, null, null, null, null, null));
            }
            case DECLINED -> end(PlanStatus.DECLINED, now);
            case COMPLETED, SKIPPED -> {
            }
        }
        if (status == PlanStatus.ACTIVE && followUps.stream().noneMatch(f -> f.status() == Status.PENDING)) {
            end(PlanStatus.COMPLETED, now);
        }
        return done;
    }

    private void end(PlanStatus ending, Instant now) {
        status = ending;
        endedAt = now;
        followUps.replaceAll(f -> f.status() == Status.PENDING ? f.cancelled() : f);
        events.add(new PlanEnded(UUID.randomUUID(), id, caseId, familyMemberId, ending.name().toLowerCase(), now));
    }

    private int nextSeq() {
        return followUps.stream().mapToInt(FollowUp::seq).max().orElse(0) + 1;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
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

    public UUID familyMemberId() {
        return familyMemberId;
    }

    public String relationship() {
        return relationship;
    }

    public Risk risk() {
        return risk;
    }

    public PlanStatus status() {
        return status;
    }

    public LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public int version() {
        return version;
    }
}
