package org.careloop.cases.casefile;

import java.util.UUID;
import java.util.function.Function;

import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door to a case and everything under it. Runs the work in a transaction only if the person may see the
 * case, and writes exactly one audit record for the access: with the change when it commits, on its own when
 * the access is denied or the change is refused. A case the person may not see does not exist for them.
 */
@Component
public class CaseGuard {

    private final Cases cases;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final WorkerDirectory workers;

    CaseGuard(Cases cases, AuditTrail audit, TransactionTemplate transactions, WorkerDirectory workers) {
        this.cases = cases;
        this.audit = audit;
        this.transactions = transactions;
        this.workers = workers;
    }

    /** Reads under the case; {@code work} must not change it. */
    public <T> T read(UUID caseId, CareLoopUser user, String action, Function<Case, T> work) {
        return access(caseId, user, action, false, work);
    }

    /** Changes under the case, holding the case's row lock so changes of one case are applied one at a time. */
    public <T> T change(UUID caseId, CareLoopUser user, String action, Function<Case, T> work) {
        return access(caseId, user, action, true, work);
    }

    private <T> T access(UUID caseId, CareLoopUser user, String action, boolean lock, Function<Case, T> work) {
        workers.remember(user);
        boolean[] allowed = { false };
        try {
            return transactions.execute(status -> {
                Case found = (lock ? cases.findForUpdate(caseId) : cases.find(caseId))
                        .filter(c -> c.visibleTo(user))
                        .orElseThrow(() -> new CaseNotFoundException(caseId));
                allowed[0] = true;
                T result = work.apply(found);
                audit.record(user, action, caseId, AuditOutcome.ALLOWED);
                return result;
            });
        } catch (RuntimeException refused) {
            // the transaction rolled back, its audit record with it: record the access on its own
            audit.record(user, action, caseId, allowed[0] ? AuditOutcome.ALLOWED : AuditOutcome.DENIED);
            throw refused;
        }
    }
}
