package org.careloop.referrals.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.directory.DirectoryManagement;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.cases.CaseViews;
import org.careloop.referrals.support.ReferralServiceProperties;
import org.careloop.support.access.Guarded;
import org.careloop.support.access.GuardedAccess;
import org.careloop.support.audit.AuditTrail;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The closed loop's one door: social workers refer, the receiving organization answers, both see every step. A
 * single referral (or the case a new one is added under) is reached through {@link GuardedAccess}, which checks
 * who may reach it, runs the work in a transaction and writes its one audit record; lists are scoped queries
 * audited here.
 */
@Service
public class ReferralManagement {

    private static final Logger log = LoggerFactory.getLogger(ReferralManagement.class);

    private final Referrals referrals;
    private final ReferralEnds ends;
    private final Guarded<CaseView> casesToReferFrom;
    private final DirectoryManagement directory;
    private final GuardedAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseViews cases;
    private final Duration readModelWait;
    private final AnswerTimes answerTimes;

    ReferralManagement(Referrals referrals, ReferralEnds ends, CaseViews cases,
            DirectoryManagement directory, GuardedAccess access, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock, ReferralServiceProperties properties) {
        this.referrals = referrals;
        this.cases = cases;
        this.readModelWait = properties.readModelWait();
        this.answerTimes = new AnswerTimes(properties.answerTimes().stat(), properties.answerTimes().asap(),
                properties.answerTimes().urgent(), properties.answerTimes().routine());
        this.ends = ends;
        // a new referral is added under this service's copy of the case, which only those who hold the case refer from
        this.casesToReferFrom = Guarded.aCase(cases::find, CaseView::caseId, CaseView::heldBy,
                UnknownCaseException::new);
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Refers a case held by the person to a service of the directory; they stand at the requesting end. */
    public ReferralSeen request(NewReferral request, CareLoopUser user) {
        // a case opened or reassigned (or a family member added) a moment ago may not have reached this service's
        // copy yet: wait for its event, bounded and outside the transaction, before the guarded access decides
        cases.awaitUntil(request.caseId(), caseView -> caseView.heldBy(user)
                && (request.familyMemberId() == null || caseView.hasFamilyMember(request.familyMemberId())),
                readModelWait);
        Referral referral = access.add(casesToReferFrom, request.caseId(), user, "REQUEST_REFERRAL", caseView -> {
            DirectoryService service = directory.service(request.serviceId())
                    .orElseThrow(() -> new InvalidInputException("serviceId", "is not a service of the directory"));
            Referral requested = Referral.request(request, caseView, service, user.username(), user.subject(),
                    user.mainRole(), clock.instant(), LocalDate.now(clock), answerTimes);
            referrals.insert(requested);
            requested.pullEvents().forEach(events::publishEvent);
            return requested;
        }, Referral::id);
        log.info("Created referral {} for case {} as {}", referral.id(), referral.caseId(), referral.status());
        return new ReferralSeen(referral, Side.REQUESTER);
    }

    /** Reads a referral for one end of the loop; {@code action} names the read in the audit trail. */
    public ReferralSeen get(UUID id, String action, CareLoopUser user) {
        awaitHoldingTheCaseOf(id, user);
        return access.read(ends, id, user, action, referral -> new ReferralSeen(referral, side(referral, user)));
    }

    /**
     * The referrals of the cases a social worker holds, of a supervisor's team, or sent to hospice staff's
     * organization (never drafts): newest first, one audit record naming every referral shown; {@code overdue} keeps
     * those still {@code requested} past their answer time.
     */
    public ReferralPage list(UUID caseId, Set<ReferralStatus> statuses, boolean overdue, int page, int size,
            CareLoopUser user) {
        Referrals.Scope scope;
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            scope = new Referrals.Scope(null, null, user.scopeOrganization());
            // drafts stay with the requester until they are sent
            Set<ReferralStatus> sent = statuses.isEmpty() ? EnumSet.allOf(ReferralStatus.class)
                    : EnumSet.copyOf(statuses);
            sent.remove(ReferralStatus.DRAFT);
            if (sent.isEmpty()) {
                return new ReferralPage(List.of(), 0);
            }
            statuses = sent;
        } else if (user.hasRole(CareLoopUser.SUPERVISOR)) {
            scope = new Referrals.Scope(null, user.scopeTeam(), null);
        } else {
            scope = new Referrals.Scope(user.subject(), null, null);
        }
        if (caseId != null && scope.side() == Side.REQUESTER) {
            cases.awaitUntil(caseId, caseView -> caseView.heldBy(user), readModelWait);
        }
        ReferralPage found = referrals.search(scope, caseId, statuses, overdue ? clock.instant() : null, page, size);
        audit.recordList(user, "LIST_REFERRALS", found.items().stream().map(seen -> seen.referral().id()).toList());
        return found;
    }

    /** Moves a referral along its lifecycle, as far as the person's end of the loop may. */
    public ReferralSeen changeStatus(UUID id, ReferralStatus target, String reason, Outcome outcome,
            CareLoopUser user) {
        awaitHoldingTheCaseOf(id, user);
        ReferralSeen changed = access.change(ends, id, user, "CHANGE_REFERRAL_STATUS", referral -> {
            Side side = side(referral, user);
            referral.changeStatus(target, reason, outcome, side, user.username(), user.mainRole(), clock.instant(),
                    answerTimes);
            referrals.update(referral);
            referral.pullEvents().forEach(events::publishEvent);
            return new ReferralSeen(referral, side);
        });
        log.info("Moved referral {} to {}", id, target);
        return changed;
    }

    /**
     * At the requesting end, a referral is reached through its case: a worker the case was reassigned to a moment
     * ago waits (bounded, outside the transaction) until this service's copy of the case says they hold it.
     */
    void awaitHoldingTheCaseOf(UUID referralId, CareLoopUser user) {
        if (user.hasRole(CareLoopUser.HOSPICE_STAFF)) {
            return;
        }
        referrals.caseOf(referralId).ifPresent(caseId -> cases.awaitUntil(caseId, caseView -> caseView.heldBy(user),
                readModelWait));
    }

    /** The end of the loop of a person {@link GuardedAccess} has let in: there is one. */
    private Side side(Referral referral, CareLoopUser user) {
        return ends.sideOf(referral, user).orElseThrow(() -> new ReferralNotFoundException(referral.id()));
    }
}
