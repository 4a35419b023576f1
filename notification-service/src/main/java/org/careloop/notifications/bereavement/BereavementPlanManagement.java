package org.careloop.notifications.bereavement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.notifications.bereavement.BereavementTemplate.Risk;
import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.notifications.cases.CaseChanges;
import org.careloop.notifications.cases.CaseView;
import org.careloop.notifications.cases.CaseViews;
import org.careloop.notifications.cases.FamilyMember;
import org.careloop.support.access.Guarded;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bereavement plans' public API. Makes sure no family is forgotten after a death: a plan per family member when
 * the patient dies (and for family members recorded later), schedules that follow a corrected date of death, plans
 * that end when the death was entered in error; and the social worker's outcomes. Case changes arrive inside the
 * consumer's transaction; a person reaches a plan, or the plans of a case, through {@link GuardedAccess} only if
 * they hold the case.
 */
@Service
public class BereavementPlanManagement {

    private static final Logger log = LoggerFactory.getLogger(BereavementPlanManagement.class);

    private final Plans plans;
    private final Guarded<BereavementPlan> heldPlans;
    private final Guarded<CaseView> heldCases;
    private final CaseViews cases;
    private final BereavementTemplate template;
    private final GuardedAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BereavementPlanManagement(Plans plans, CaseViews cases,
            BereavementTemplate template, GuardedAccess access, AuditTrail audit, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        // a plan is reached by those who hold its case; the plans of a case through this service's copy of the
        // case, which only case-service's events change, so it is never locked here
        this.heldPlans = Guarded.underACase(plans::find, BereavementPlan::caseId,
                (plan, user) -> cases.find(plan.caseId()).filter(view -> view.heldBy(user)).isPresent(),
                PlanNotFoundException::new);
        this.heldCases = Guarded.aCase((caseId, forUpdate) -> cases.find(caseId), CaseView::caseId, CaseView::heldBy,
                PlanNotFoundException::new);
        this.cases = cases;
        this.template = template;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(CaseChanges.PatientDied died) {
        for (FamilyMember member : cases.family(died.caseId())) {
            activate(member, died.dateOfDeath());
        }
    }

    @EventListener
    void on(CaseChanges.FamilyMemberJoined joined) {
        cases.find(joined.member().caseId()).map(CaseView::dateOfDeath)
                .ifPresent(dateOfDeath -> activate(joined.member(), dateOfDeath));
    }

    @EventListener
    void on(CaseChanges.DeathDateCorrected corrected) {
        for (BereavementPlan plan : plans.ofCase(corrected.caseId(), true)) {
            plan.reschedule(corrected.dateOfDeath(), template);
            save(plan);
        }
        log.info("Rescheduled the bereavement plans of case {}", corrected.caseId());
    }

    @EventListener
    void on(CaseChanges.DeathEnteredInError error) {
        for (BereavementPlan plan : plans.ofCase(error.caseId(), true)) {
            plan.cancel(clock.instant());
            save(plan);
        }
        log.info("Cancelled the bereavement plans of case {}", error.caseId());
    }

    private void activate(FamilyMember member, LocalDate dateOfDeath) {
        BereavementPlan plan = BereavementPlan.activate(member.caseId(), member.id(), member.relationship(),
                Risk.valueOf(member.risk()), dateOfDeath, template, clock.instant());
        if (plans.insert(plan)) {
            plan.pullEvents().forEach(events::publishEvent);
            log.info("Activated bereavement plan {} for case {}", plan.id(), member.caseId());
        }
    }

    private void save(BereavementPlan plan) {
        plans.update(plan);
        plan.pullEvents().forEach(events::publishEvent);
    }

    /** The plans of a case the person holds; a case they do not hold has none for them (404). */
    public List<BereavementPlan> plansOf(UUID caseId, CareLoopUser user) {
        return access.read(heldCases, caseId, user, "LIST_BEREAVEMENT_PLANS", view -> plans.ofCase(caseId, false));
    }

    public BereavementPlan plan(UUID planId, CareLoopUser user) {
        return access.read(heldPlans, planId, user, "READ_BEREAVEMENT_PLAN", plan -> plan);
    }

    /** Records what came of a follow-up; the plan decides what follows (a retry, a letter, its end). */
    public FollowUp recordOutcome(UUID planId, UUID followUpId, Outcome outcome, String note, CareLoopUser user) {
        return access.change(heldPlans, planId, user, "RECORD_FOLLOW_UP_OUTCOME", plan -> {
            FollowUp done = plan.recordOutcome(followUpId, outcome, note, user.username(), LocalDate.now(clock),
                    template, clock.instant());
            save(plan);
            return done;
        });
    }

    /**
     * Follow-ups due on or before the day (today when none is given): a social worker's own, a supervisor's
     * team's; one audit record names every plan shown.
     */
    public List<DueFollowUp> due(LocalDate onOrBefore, CareLoopUser user) {
        LocalDate day = onOrBefore != null ? onOrBefore : LocalDate.now(clock);
        return transactions.execute(status -> {
            List<DueFollowUp> due = user.hasRole(CareLoopUser.SUPERVISOR)
                    ? plans.due(day, null, user.scopeTeam(), false, 500)
                    : plans.due(day, user.subject(), null, false, 500);
            audit.recordList(user, "LIST_DUE_FOLLOW_UPS", due.stream().map(DueFollowUp::planId).distinct().toList());
            return due;
        });
    }

    /** How the follow-ups due by today were kept, in the same scope as {@link #due}; figures only, so no audit. */
    public FollowUpSummary summary(CareLoopUser user) {
        LocalDate today = LocalDate.now(clock);
        return user.hasRole(CareLoopUser.SUPERVISOR)
                ? plans.summary(today, FollowUpSummary.ON_TIME_GRACE_DAYS, null, user.scopeTeam())
                : plans.summary(today, FollowUpSummary.ON_TIME_GRACE_DAYS, user.subject(), null);
    }

    /**
     * How many follow-ups are due on or before the day (today when none is given), per case, in the scope of
     * {@link #due}: what the caseload's badges show, uncapped (the list of {@link #due} stops at 500). One audit
     * record names every case counted.
     */
    public List<DueCount> dueCounts(LocalDate onOrBefore, CareLoopUser user) {
        LocalDate day = onOrBefore != null ? onOrBefore : LocalDate.now(clock);
        return transactions.execute(status -> {
            List<DueCount> counts = user.hasRole(CareLoopUser.SUPERVISOR)
                    ? plans.dueCounts(day, null, user.scopeTeam())
                    : plans.dueCounts(day, user.subject(), null);
            audit.recordList(user, "LIST_DUE_FOLLOW_UP_COUNTS", counts.stream().map(DueCount::caseId).toList());
            return counts;
        });
    }
}
