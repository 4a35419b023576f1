package org.careloop.notifications.bereavement;

import java.util.Optional;
import java.util.UUID;

import org.careloop.notifications.cases.CaseView;
import org.careloop.notifications.cases.CaseViews;
import org.careloop.support.access.Guarded;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/**
 * Cases, as the bereavement plans of a case are reached: this service's copy of the case, which the person must
 * hold (or supervise). A case they may not reach has no plans for them: the plans' 404.
 */
@Component
class HeldCases implements Guarded<CaseView> {

    private final CaseViews cases;

    HeldCases(CaseViews cases) {
        this.cases = cases;
    }

    /** The copy is only read here (case-service's events change it), so it is never locked. */
    @Override
    public Optional<CaseView> find(UUID caseId, boolean forUpdate) {
        return cases.find(caseId);
    }

    @Override
    public UUID caseOf(CaseView view) {
        return view.caseId();
    }

    @Override
    public boolean mayReach(CaseView view, CareLoopUser user) {
        return user.holdsCase(view.assignedWorkerSub(), view.team());
    }

    @Override
    public RuntimeException notFound(UUID caseId) {
        return new PlanNotFoundException(caseId);
    }

    @Override
    public boolean isUnderACase() {
        return false;
    }
}
