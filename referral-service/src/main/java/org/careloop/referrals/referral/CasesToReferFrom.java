package org.careloop.referrals.referral;

import java.util.Optional;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.cases.CaseViews;
import org.careloop.support.access.Guarded;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/**
 * The cases a new referral is added under, as {@code GuardedAccess} reaches them: this service's copy of the case,
 * which only those who hold the case may refer from.
 */
@Component
class CasesToReferFrom implements Guarded<CaseView> {

    private final CaseViews cases;

    CasesToReferFrom(CaseViews cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseView> find(UUID caseId, boolean forUpdate) {
        return cases.find(caseId, forUpdate);
    }

    @Override
    public UUID caseOf(CaseView caseView) {
        return caseView.caseId();
    }

    @Override
    public boolean mayReach(CaseView caseView, CareLoopUser user) {
        return user.holdsCase(caseView.assignedWorkerSub(), caseView.team());
    }

    @Override
    public RuntimeException notFound(UUID caseId) {
        return new UnknownCaseException(caseId);
    }

    /** The copy's id is the case's: the audit record names the case, and the new referral once there is one. */
    @Override
    public boolean isUnderACase() {
        return false;
    }
}
