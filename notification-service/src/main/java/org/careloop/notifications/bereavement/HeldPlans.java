package org.careloop.notifications.bereavement;

import java.util.Optional;
import java.util.UUID;

import org.careloop.notifications.cases.CaseViews;
import org.careloop.support.access.Guarded;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/** Bereavement plans as a person reaches them: through the case, which they must hold (or supervise). */
@Component
class HeldPlans implements Guarded<BereavementPlan> {

    private final Plans plans;
    private final CaseViews cases;

    HeldPlans(Plans plans, CaseViews cases) {
        this.plans = plans;
        this.cases = cases;
    }

    @Override
    public Optional<BereavementPlan> find(UUID id, boolean forUpdate) {
        return plans.find(id, forUpdate);
    }

    @Override
    public UUID caseOf(BereavementPlan plan) {
        return plan.caseId();
    }

    @Override
    public boolean mayReach(BereavementPlan plan, CareLoopUser user) {
        return cases.find(plan.caseId()).filter(view -> user.holdsCase(view.assignedWorkerSub(), view.team()))
                .isPresent();
    }

    @Override
    public RuntimeException notFound(UUID id) {
        return new PlanNotFoundException(id);
    }
}
