package org.careloop.cases.casefile;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.careloop.support.audit.AuditedAccess;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/**
 * The one door to a case and everything under it. Runs the work in a transaction only if the person may see the
 * case, and writes exactly one audit record for the access: with the change when it commits, on its own when
 * the access is denied or the change is refused. A case the person may not see does not exist for them.
 */
@Component
public class CaseGuard {

    private final Cases cases;
    private final AuditedAccess access;
    private final WorkerDirectory workers;

    CaseGuard(Cases cases, AuditedAccess access, WorkerDirectory workers) {
        this.cases = cases;
        this.access = access;
        this.workers = workers;
    }

    /** Reads under the case; {@code work} must not change it. */
    public <T> T read(UUID caseId, CareLoopUser user, String action, Function<Case, T> work) {
        return access(caseId, user, action, false, c -> c.visibleTo(user), work);
    }

    /** Reads who accessed the case (its supervisors and auditors; see {@link Case#accessLogVisibleTo}). */
    public <T> T readAccessLog(UUID caseId, CareLoopUser user, Function<Case, T> work) {
        return access(caseId, user, "READ_ACCESS_LOG", false, c -> c.accessLogVisibleTo(user), work);
    }

    /** Changes under the case, holding the case's row lock so changes of one case are applied one at a time. */
    public <T> T change(UUID caseId, CareLoopUser user, String action, Function<Case, T> work) {
        return access(caseId, user, action, true, c -> c.visibleTo(user), work);
    }

    private <T> T access(UUID caseId, CareLoopUser user, String action, boolean lock, Predicate<Case> mayAccess,
            Function<Case, T> work) {
        workers.remember(user);
        return access.run(user, action, null, granted -> {
            granted.about(caseId);
            Case found = (lock ? cases.findForUpdate(caseId) : cases.find(caseId))
                    .filter(mayAccess)
                    .orElseThrow(() -> new CaseNotFoundException(caseId));
            granted.granted(caseId);
            return work.apply(found);
        });
    }
}
