package org.careloop.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.support.access.GuardedAccess;
import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.NotPermittedException;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case file's one door: open cases, the caseload, the lifecycle, assignment and the treatment summary. It owns
 * the transaction, the access check and the audit record (through {@link GuardedAccess} and {@link CaseFiles} for
 * one case, the scoped search and {@link AuditTrail#recordList} for the caseload) and publishes what the case
 * records.
 */
@Service
public class CaseManagement {

    private static final Logger log = LoggerFactory.getLogger(CaseManagement.class);

    private final Cases cases;
    private final CaseFiles caseFiles;
    private final GuardedAccess access;
    private final WorkerDirectory workers;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseManagement(Cases cases, CaseFiles caseFiles, GuardedAccess access, WorkerDirectory workers, AuditTrail audit,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.access = access;
        this.workers = workers;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a case assigned to the caller, or, for a supervisor, to a named worker of the team. */
    public Case open(Patient patient, Diagnosis diagnosis, String assignedWorker, CareLoopUser user) {
        String team = user.scopeTeam();
        String worker = assignedWorker == null || assignedWorker.equals(user.username())
                ? user.username() : assignedWorker;
        String workerSub;
        if (!worker.equals(user.username())) {
            if (!user.hasRole(CareLoopUser.SUPERVISOR)) {
                throw new NotPermittedException("Only a supervisor can open a case for another worker.");
            }
            workerSub = workerOfTeam(worker, team, "assignedWorker");
        } else if (!user.hasRole(CareLoopUser.SOCIAL_WORKER)) {
            throw new InvalidInputException("assignedWorker", "a supervisor must name the worker of the team who "
                    + "will hold the case");
        } else {
            workerSub = user.subject();
        }
        Case opened = Case.open(patient, diagnosis, worker, workerSub, team, user.username(), clock.instant(),
                today());
        transactions.executeWithoutResult(status -> {
            cases.insert(opened);
            publish(opened);
            audit.record(user, "OPEN_CASE", opened.id(), AuditOutcome.ALLOWED);
        });
        log.info("Opened case {}", opened.id());
        return opened;
    }

    public CasePage list(CaseQuery query, CareLoopUser user) {
        CasePage page = user.hasRole(CareLoopUser.SUPERVISOR)
                ? cases.search(null, user.scopeTeam(), query)
                : cases.search(user.subject(), null, query);
        audit.recordList(user, "LIST_CASES", page.ids());
        return page;
    }

    public Case get(UUID id, CareLoopUser user) {
        return access.read(caseFiles, id, user, "READ_CASE", c -> c);
    }

    /** Whether this service holds the case at all: for events of other services, which name cases by id. */
    public boolean exists(UUID id) {
        return cases.find(id).isPresent();
    }

    /**
     * Moves the case; {@code noBereavementSupport} is the reason no bereavement support is needed, when a case is
     * closed after a death without an ended plan for every family member.
     */
    public Case changeStatus(UUID id, CaseStatus target, String reason, LocalDate dateOfDeath,
            String noBereavementSupport, CareLoopUser user) {
        Case changed = access.change(caseFiles, id, user, "CHANGE_STATUS", c -> {
            c.changeStatus(target, reason, dateOfDeath, noBereavementSupport, user.username(), clock.instant(),
                    today());
            save(c);
            return c;
        });
        log.info("Moved case {} to {}", id, target);
        return changed;
    }

    public Case assign(UUID id, String worker, CareLoopUser user) {
        if (!user.hasRole(CareLoopUser.SUPERVISOR)) {
            throw new NotPermittedException("Only a supervisor can reassign a case.");
        }
        Case assigned = access.change(caseFiles, id, user, "ASSIGN_CASE", c -> {
            c.assignTo(worker, workerOfTeam(worker, c.team(), "worker"), user.username(), clock.instant());
            save(c);
            return c;
        });
        log.info("Assigned case {}", id);
        return assigned;
    }

    public Case correctDateOfDeath(UUID id, LocalDate dateOfDeath, String reason, CareLoopUser user) {
        Case corrected = access.change(caseFiles, id, user, "CORRECT_DATE_OF_DEATH", c -> {
            c.correctDateOfDeath(dateOfDeath, reason, user.username(), clock.instant(), today());
            save(c);
            return c;
        });
        log.info("Corrected the date of death of case {}", id);
        return corrected;
    }

    public Case deathEnteredInError(UUID id, String reason, CareLoopUser user) {
        Case restored = access.change(caseFiles, id, user, "DEATH_ENTERED_IN_ERROR", c -> {
            c.deathEnteredInError(reason, user.username(), clock.instant());
            save(c);
            return c;
        });
        log.info("Marked the death on case {} as entered in error", id);
        return restored;
    }

    /**
     * notification-service started or ended a family member's bereavement plan: the first plan moves the case from
     * DECEASED to BEREAVEMENT. A plan that starts after the case was closed reopens it in BEREAVEMENT (the plan's
     * follow-ups must not run unseen behind a closed case; the timeline says why). Returns false for a case this
     * service does not hold.
     */
    public boolean bereavementPlanChanged(UUID caseId, UUID planId, UUID familyMemberId, String status, Instant at) {
        Boolean known = transactions.execute(tx -> {
            Case c = cases.findForUpdate(caseId).orElse(null);
            if (c == null || !cases.rememberBereavementPlan(caseId, planId, familyMemberId, status, at)) {
                return false;
            }
            if (status.equals("active") && c.status() == CaseStatus.DECEASED) {
                c.changeStatus(CaseStatus.BEREAVEMENT, "bereavement plan activated", null, null,
                        "notification-service", clock.instant(), today());
                save(c);
            } else if (status.equals("active") && c.status() == CaseStatus.CLOSED) {
                c.reopenForALatePlan(clock.instant());
                save(c);
                log.warn("Reopened closed case {} in BEREAVEMENT: a bereavement plan started after it closed", caseId);
            }
            events.publishEvent(new CaseEvents.BereavementPlanChanged(caseId, planId, status, at));
            return true;
        });
        return Boolean.TRUE.equals(known);
    }

    public Case updateTreatmentSummary(UUID id, TreatmentSummary summary, CareLoopUser user) {
        return access.change(caseFiles, id, user, "UPDATE_TREATMENT_SUMMARY", c -> {
            c.updateTreatmentSummary(summary, user.username(), clock.instant(), today());
            save(c);
            return c;
        });
    }

    private void save(Case changed) {
        cases.update(changed);
        publish(changed);
    }

    private void publish(Case changed) {
        changed.pullEvents().forEach(events::publishEvent);
    }

    /** The subject of the team's worker a supervisor names by username; an unknown name is the request's fault. */
    private String workerOfTeam(String worker, String team, String field) {
        return workers.subjectOf(worker, team).orElseThrow(() -> new InvalidInputException(field,
                "is not a social worker of team " + team));
    }

    /** The social workers of the supervisor's team a case may be handed to (supervisors only). */
    public List<WorkerDirectory.TeamWorker> teamWorkers(CareLoopUser user) {
        if (!user.hasRole(CareLoopUser.SUPERVISOR)) {
            throw new NotPermittedException("Only a supervisor lists the team's workers.");
        }
        return workers.workersOf(user.scopeTeam());
    }

    /** The day every date rule of this service takes as today, and the zone it is counted in. */
    public ServiceDay serviceDay() {
        return new ServiceDay(today(), clock.getZone().getId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
