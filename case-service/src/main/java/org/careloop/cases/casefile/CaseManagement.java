package org.careloop.cases.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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

/** The case file's public API: open cases, the caseload, the lifecycle, assignment and the treatment summary. */
@Service
public class CaseManagement {

    private static final Logger log = LoggerFactory.getLogger(CaseManagement.class);

    private final Cases cases;
    private final CaseGuard guard;
    private final WorkerDirectory workers;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseManagement(Cases cases, CaseGuard guard, WorkerDirectory workers, AuditTrail audit,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.workers = workers;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a case assigned to the caller, or, for a supervisor, to a named worker of the team. */
    public Case open(Patient patient, Diagnosis diagnosis, String assignedWorker, CareLoopUser user) {
        workers.remember(user);
        String team = requireTeam(user);
        String worker = assignedWorker == null || assignedWorker.equals(user.username())
                ? user.username() : assignedWorker;
        if (!worker.equals(user.username())) {
            if (!user.hasRole(CareLoopUser.SUPERVISOR)) {
                throw new NotPermittedException("Only a supervisor can open a case for another worker.");
            }
            requireWorkerOfTeam(worker, team, "assignedWorker");
        } else if (!user.hasRole(CareLoopUser.SOCIAL_WORKER)) {
            throw new InvalidInputException("assignedWorker", "a supervisor must name the worker of the team who "
                    + "will hold the case");
        }
        Case opened = Case.open(patient, diagnosis, worker, team, user.username(), clock.instant(), today());
        transactions.executeWithoutResult(status -> {
            cases.insert(opened);
            publish(opened);
            audit.record(user, "OPEN_CASE", opened.id(), AuditOutcome.ALLOWED);
        });
        log.info("Opened case {}", opened.id());
        return opened;
    }

    public CasePage list(CaseQuery query, CareLoopUser user) {
        workers.remember(user);
        CasePage page = user.hasRole(CareLoopUser.SUPERVISOR)
                ? cases.search(null, requireTeam(user), query)
                : cases.search(user.username(), null, query);
        audit.recordList(user, "LIST_CASES", page.ids());
        return page;
    }

    public Case get(UUID id, CareLoopUser user) {
        return guard.read(id, user, "READ_CASE", c -> c);
    }

    public Case changeStatus(UUID id, CaseStatus target, String reason, LocalDate dateOfDeath, CareLoopUser user) {
        Case changed = guard.change(id, user, "CHANGE_STATUS", c -> {
            c.changeStatus(target, reason, dateOfDeath, user.username(), clock.instant(), today());
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
        Case assigned = guard.change(id, user, "ASSIGN_CASE", c -> {
            requireWorkerOfTeam(worker, c.team(), "worker");
            c.assignTo(worker, user.username(), clock.instant());
            save(c);
            return c;
        });
        log.info("Assigned case {}", id);
        return assigned;
    }

    public Case updateTreatmentSummary(UUID id, TreatmentSummary summary, CareLoopUser user) {
        return guard.change(id, user, "UPDATE_TREATMENT_SUMMARY", c -> {
            c.updateTreatmentSummary(summary, user.username(), clock.instant());
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

    private void requireWorkerOfTeam(String worker, String team, String field) {
        if (!workers.isWorkerOf(worker, team)) {
            throw new InvalidInputException(field, "is not a social worker of team " + team);
        }
    }

    private static String requireTeam(CareLoopUser user) {
        if (user.team() == null || user.team().isBlank()) {
            throw new NotPermittedException("Your account has no team; ask an administrator to set one.");
        }
        return user.team();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
