package org.careloop.referrals.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.cases.CaseViews;
import org.careloop.referrals.directory.Category;
import org.careloop.referrals.directory.Directory;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The closed loop: social workers refer, the receiving organization answers, both see every step. */
@Service
public class ReferralManagement {

    private static final Logger log = LoggerFactory.getLogger(ReferralManagement.class);

    /** After a death, the family may still be referred for these. */
    private static final Set<Category> FOR_THE_BEREAVED = EnumSet.of(Category.BEREAVEMENT_SUPPORT,
            Category.COUNSELING, Category.SPIRITUAL_CARE);

    private final Referrals referrals;
    private final CaseViews cases;
    private final Directory directory;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralManagement(Referrals referrals, CaseViews cases, Directory directory, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.directory = directory;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public Referral request(NewReferral request, CareLoopUser user) {
        CaseView caseView = cases.find(request.caseId()).filter(c -> c.heldBy(user))
                .orElseThrow(() -> new UnknownCaseException(request.caseId()));
        DirectoryService service = directory.service(request.serviceId())
                .orElseThrow(() -> new InvalidInputException("serviceId", "is not a service of the directory"));
        Consent consent = consent(request.consent(), user);
        if (!service.takesReferrals()) {
            throw new ReferralRefusedException("service-not-accepting",
                    "This service is " + service.status() + " and takes no referrals.");
        }
        if (caseView.careEnded()) {
            throw new ReferralRefusedException("case-closed",
                    "The case is " + caseView.status() + ": care has ended, so it takes no new referral.");
        }
        if (caseView.patientDied() && !FOR_THE_BEREAVED.contains(service.category())) {
            throw new ReferralRefusedException("patient-died", "After the patient's death only "
                    + FOR_THE_BEREAVED + " referrals for the family are accepted.");
        }
        Referral referral = Referral.create(caseView.caseId(), service.id(), service.organization().id(),
                service.category(), request.familyMemberId(), request.reason(), request.priority(), request.draft(),
                caseView.team(), consent, user.username(), user.mainRole(), clock.instant());
        transactions.executeWithoutResult(status -> {
            referrals.insert(referral);
            referral.pullEvents().forEach(events::publishEvent);
        });
        log.info("Created referral {} for case {} as {}", referral.id(), referral.caseId(), referral.status());
        return referral;
    }

    public Referral get(UUID id, CareLoopUser user) {
        Referral referral = referrals.find(id, false).orElseThrow(() -> new ReferralNotFoundException(id));
        sideOf(referral, user);
        return referral;
    }

    public Referrals.Page list(UUID caseId, Set<ReferralStatus> statuses, int page, int size, CareLoopUser user) {
        Referrals.Scope scope;
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            scope = new Referrals.Scope(null, null, organizationOf(user));
            // drafts stay with the requester until they are sent
            Set<ReferralStatus> sent = statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                    : EnumSet.copyOf(statuses);
            sent.remove(ReferralStatus.DRAFT);
            if (sent.isEmpty()) {
                return new Referrals.Page(List.of(), 0);
            }
            statuses = sent;
        } else if (user.hasRole(CareLoopUser.SUPERVISOR)) {
            scope = new Referrals.Scope(null, user.team(), null);
        } else {
            scope = new Referrals.Scope(user.username(), null, null);
        }
        return referrals.search(scope, caseId, statuses, page, size);
    }

    public Referral changeStatus(UUID id, ReferralStatus target, String reason, Outcome outcome, CareLoopUser user) {
        Referral changed = transactions.execute(status -> {
            Referral referral = referrals.find(id, true).orElseThrow(() -> new ReferralNotFoundException(id));
            Side side = sideOf(referral, user);
            referral.changeStatus(target, reason, outcome, side, user.username(), user.mainRole(), clock.instant());
            referrals.update(referral);
            referral.pullEvents().forEach(events::publishEvent);
            return referral;
        });
        log.info("Moved referral {} to {}", id, target);
        return changed;
    }

    /** Which end of the loop the person stands at; a referral at neither end does not exist for them. */
    private Side sideOf(Referral referral, CareLoopUser user) {
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            if (referral.organizationId().equals(organizationOf(user)) && referral.status() != ReferralStatus.DRAFT) {
                return Side.RECEIVER;
            }
            throw new ReferralNotFoundException(referral.id());
        }
        return cases.find(referral.caseId()).filter(c -> c.heldBy(user)).map(c -> Side.REQUESTER)
                .orElseThrow(() -> new ReferralNotFoundException(referral.id()));
    }

    private static UUID organizationOf(CareLoopUser user) {
        try {
            return user.orgId() == null ? null : UUID.fromString(user.orgId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Consent consent(NewReferral.ConsentGiven given, CareLoopUser user) {
        if (given == null || !given.obtained()) {
            throw new ConsentRequiredException();
        }
        if (given.obtainedFrom() == null || given.obtainedFrom().isBlank()) {
            throw new InvalidInputException("consent.obtainedFrom", "must name who gave consent");
        }
        if (given.obtainedOn() == null) {
            throw new InvalidInputException("consent.obtainedOn", "is required");
        }
        if (given.obtainedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("consent.obtainedOn", "must not be in the future");
        }
        return new Consent(given.obtainedFrom().strip(), given.obtainedOn(), user.username());
    }
}
