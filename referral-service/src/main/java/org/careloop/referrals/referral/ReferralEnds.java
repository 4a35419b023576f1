package org.careloop.referrals.referral;

import java.util.Optional;
import java.util.UUID;

import org.careloop.referrals.cases.CaseViews;
import org.careloop.support.access.Guarded;
import org.careloop.support.security.CareLoopUser;
import org.springframework.stereotype.Component;

/**
 * Referrals as {@code GuardedAccess} reaches them: a person reaches a referral only from one of the loop's two ends,
 * and which end they stand at is also what a status change needs to know.
 */
@Component
class ReferralEnds implements Guarded<Referral> {

    private final Referrals referrals;
    private final CaseViews cases;

    ReferralEnds(Referrals referrals, CaseViews cases) {
        this.referrals = referrals;
        this.cases = cases;
    }

    /**
     * Which end of the loop the person stands at: the receiving organization's staff once the referral is sent,
     * whoever holds the case always. A referral at neither end does not exist for them.
     */
    Optional<Side> sideOf(Referral referral, CareLoopUser user) {
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            return referral.organizationId().equals(user.scopeOrganization())
                    && referral.status() != ReferralStatus.DRAFT
                    ? Optional.of(Side.RECEIVER) : Optional.empty();
        }
        return cases.find(referral.caseId())
                .filter(held -> held.heldBy(user))
                .map(held -> Side.REQUESTER);
    }

    @Override
    public Optional<Referral> find(UUID id, boolean forUpdate) {
        return referrals.find(id, forUpdate);
    }

    @Override
    public UUID caseOf(Referral referral) {
        return referral.caseId();
    }

    @Override
    public boolean mayReach(Referral referral, CareLoopUser user) {
        return sideOf(referral, user).isPresent();
    }

    @Override
    public RuntimeException notFound(UUID id) {
        return new ReferralNotFoundException(id);
    }
}
