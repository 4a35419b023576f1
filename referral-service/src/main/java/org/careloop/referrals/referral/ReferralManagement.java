package org.careloop.referrals.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.cases.CaseViews;
import org.careloop.referrals.directory.Category;
import org.careloop.referrals.directory.Directory;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.support.audit.AuditOutcome;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.audit.AuditedAccess;
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
    private final AuditTrail audit;
    private final AuditedAccess audited;

    ReferralManagement(Referrals referrals, CaseViews cases, Directory directory, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock, AuditTrail audit, AuditedAccess audited) {
        this.audit = audit;
        this.audited = audited;
        this.referrals = referrals;
        this.cases = cases;
        this.directory = directory;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public Referral request(NewReferral request, CareLoopUser user) {
        CaseView caseView = cases.find(request.caseId()).filter(c -> c.heldBy(user)).orElse(null);
        if (caseView == null) {
            audit.record(user, "REQUEST_REFERRAL", request.caseId(), AuditOutcome.DENIED);
            throw new UnknownCaseException(request.caseId());
        }
        try {
            return request(request, caseView, user);
        } catch (RuntimeException refused) {
            audit.record(user, "REQUEST_REFERRAL", request.caseId(), AuditOutcome.ALLOWED);
            throw refused;
        }
    }

    private Referral request(NewReferral request, CaseView caseView, CareLoopUser user) {
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
                caseView.team(), consent, user.username(), user.subject(), user.mainRole(), clock.instant());
        transactions.executeWithoutResult(status -> {
            referrals.insert(referral);
            referral.pullEvents().forEach(events::publishEvent);
            audit.record(user, "REQUEST_REFERRAL", referral.caseId(), referral.id(), AuditOutcome.ALLOWED);
        });
        log.info("Created referral {} for case {} as {}", referral.id(), referral.caseId(), referral.status());
        return referral;
    }

    /** Reads a referral for one end of the loop; {@code action} names the read in the audit trail. */
    public Referral get(UUID id, String action, CareLoopUser user) {
        return access(id, user, action, false, (referral, side) -> referral);
    }

    public Referrals.Page list(UUID caseId, Set<ReferralStatus> statuses, int page, int size, CareLoopUser user) {
        Referrals.Scope scope;
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            scope = new Referrals.Scope(null, null, user.scopeOrganization());
            // drafts stay with the requester until they are sent
            Set<ReferralStatus> sent = statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                    : EnumSet.copyOf(statuses);
            sent.remove(ReferralStatus.DRAFT);
            if (sent.isEmpty()) {
                return new Referrals.Page(List.of(), 0);
            }
            statuses = sent;
        } else if (user.hasRole(CareLoopUser.SUPERVISOR)) {
            scope = new Referrals.Scope(null, user.scopeTeam(), null);
        } else {
            scope = new Referrals.Scope(user.subject(), null, null);
        }
        Referrals.Page found = referrals.search(scope, caseId, statuses, page, size);
        audit.recordList(user, "LIST_REFERRALS", found.items().stream().map(Referral::id).toList());
        return found;
    }

    public Referral changeStatus(UUID id, ReferralStatus target, String reason, Outcome outcome, CareLoopUser user) {
        Referral changed = access(id, user, "CHANGE_REFERRAL_STATUS", true, (referral, side) -> {
            referral.changeStatus(target, reason, outcome, side, user.username(), user.mainRole(), clock.instant());
            referrals.update(referral);
            referral.pullEvents().forEach(events::publishEvent);
            return referral;
        });
        log.info("Moved referral {} to {}", id, target);
        return changed;
    }

    /**
     * The one door to a referral: runs the work in a transaction only for a person at one end of the loop, and
     * writes exactly one audit record for the access, with the work when it commits, on its own otherwise.
     */
    private Referral access(UUID id, CareLoopUser user, String action, boolean lock,
            BiFunction<Referral, Side, Referral> work) {
        return audited.run(user, action, id, granted -> {
            Referral referral = referrals.find(id, lock).orElseThrow(() -> new ReferralNotFoundException(id));
            granted.about(referral.caseId());
            Side side = sideOf(referral, user).orElseThrow(() -> new ReferralNotFoundException(id));
            granted.granted(referral.caseId());
            return work.apply(referral, side);
        });
    }

    /** Which end of the loop the person stands at; a referral at neither end does not exist for them. */
    private Optional<Side> sideOf(Referral referral, CareLoopUser user) {
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            return referral.organizationId().equals(user.scopeOrganization())
                    && referral.status() != ReferralStatus.DRAFT
                    ? Optional.of(Side.RECEIVER) : Optional.empty();
        }
        return cases.find(referral.caseId()).filter(c -> c.heldBy(user)).map(c -> Side.REQUESTER);
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
