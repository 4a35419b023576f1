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
import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.audit.AuditedAccess;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Makes sure no family is forgotten after a death: a plan per family member when the patient dies (and for family
 * members recorded later), schedules that follow a corrected date of death, plans that end when the death was
 * entered in error; and the social worker's outcomes. Case changes arrive inside the consumer's transaction.
 */
@Service
public class BereavementPlanning {

    private static final Logger log = LoggerFactory.getLogger(BereavementPlanning.class);

    private final Plans plans;
    private final CaseViews cases;
    private final BereavementTemplate template;
    private final ApplicationEventPublisher events;
    private final AuditedAccess audited;
    private final AuditTrail audit;
    private final Clock clock;

    BereavementPlanning(Plans plans, CaseViews cases, BereavementTemplate template, ApplicationEventPublisher events,
            AuditedAccess audited, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.template = template;
        this.events = events;
        this.audited = audited;
        this.audit = audit;
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

    public List<BereavementPlan> plansOf(UUID caseId, CareLoopUser user) {
        CaseView view = cases.find(caseId).filter(c -> c.heldBy(user)).orElse(null);
        audit.record(user, "LIST_BEREAVEMENT_PLANS", caseId, view == null ? AuditOutcome.DENIED : AuditOutcome.ALLOWED);
        if (view == null) {
            throw new PlanNotFoundException(caseId);
        }
        return plans.ofCase(caseId, false);
    }

    public BereavementPlan plan(UUID planId, CareLoopUser user) {
        BereavementPlan plan = plans.find(planId, false).orElse(null);
        boolean allowed = plan != null && cases.find(plan.caseId()).filter(c -> c.heldBy(user)).isPresent();
        audit.record(user, "READ_BEREAVEMENT_PLAN", plan == null ? null : plan.caseId(), planId,
                allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED);
        if (!allowed) {
            throw new PlanNotFoundException(planId);
        }
        return plan;
    }

    public FollowUp recordOutcome(UUID planId, UUID followUpId, Outcome outcome, String note, CareLoopUser user) {
        return audited.run(user, "RECORD_FOLLOW_UP_OUTCOME", planId, granted -> {
            BereavementPlan plan = plans.find(planId, true).orElseThrow(() -> new PlanNotFoundException(planId));
            granted.about(plan.caseId());
            cases.find(plan.caseId()).filter(c -> c.heldBy(user)).orElseThrow(() -> new PlanNotFoundException(planId));
            granted.granted(plan.caseId());
            FollowUp done = plan.recordOutcome(followUpId, outcome, note, user.username(), LocalDate.now(clock),
                    template, clock.instant());
            save(plan);
            return done;
        });
    }

    /** Follow-ups due on or before the day: a social worker's own, a supervisor's team's. */
    public List<Plans.Due> due(LocalDate onOrBefore, CareLoopUser user) {
        List<Plans.Due> due = user.hasRole(CareLoopUser.SUPERVISOR)
                ? plans.due(onOrBefore, null, user.scopeTeam(), false, 500)
                : plans.due(onOrBefore, user.subject(), null, false, 500);
        audit.recordList(user, "LIST_DUE_FOLLOW_UPS", due.stream().map(Plans.Due::planId).distinct().toList());
        return due;
    }

    /** A follow-up recorded within this many days after its date counts as done on time. */
    public static final int ON_TIME_GRACE_DAYS = 7;

    /** Aggregate figures only (no case or person), so no per-case audit record is written. */
    public Plans.Keeping keeping(CareLoopUser user) {
        return user.hasRole(CareLoopUser.SUPERVISOR)
                ? plans.keeping(LocalDate.now(clock), ON_TIME_GRACE_DAYS, null, user.scopeTeam())
                : plans.keeping(LocalDate.now(clock), ON_TIME_GRACE_DAYS, user.subject(), null);
    }
}
