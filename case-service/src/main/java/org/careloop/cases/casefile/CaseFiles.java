package org.careloop.cases.casefile;

import java.util.Optional;
import java.util.UUID;

import org.careloop.support.access.Guarded;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/**
 * The case files as {@link GuardedAccess} reaches them: a case is found by its id (locked for a change, so the
 * changes of one case and of everything under it apply one at a time), and reached only by those who hold it
 * ({@link Case#heldBy}); to anyone else it does not exist. Every feature's Management reaches the case through
 * here; the audit record names the case.
 */
@Component
public class CaseFiles implements Guarded<Case> {

    private final Cases cases;
    private final Guarded<Case> accessLogs = Guarded.aCase(this::find, Case::id, Case::accessLogVisibleTo,
            CaseNotFoundException::new);

    CaseFiles(Cases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Case> find(UUID id, boolean forUpdate) {
        return forUpdate ? cases.findForUpdate(id) : cases.find(id);
    }

    @Override
    public UUID caseOf(Case found) {
        return found.id();
    }

    @Override
    public boolean mayReach(Case found, CareLoopUser user) {
        return found.heldBy(user);
    }

    @Override
    public RuntimeException notFound(UUID id) {
        return new CaseNotFoundException(id);
    }

    @Override
    public boolean isUnderACase() {
        return false;
    }

    /**
     * The same case files reached for their access log, which the case's holders do not read but its team's
     * supervisors and the auditors do ({@link Case#accessLogVisibleTo}).
     */
    public Guarded<Case> forTheirAccessLog() {
        return accessLogs;
    }
}
