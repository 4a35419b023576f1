package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.cases.CaseView;
import org.careloop.referrals.directory.Capacity;
import org.careloop.referrals.directory.Category;
import org.careloop.referrals.directory.DirectoryService;
import org.careloop.referrals.directory.DirectoryService.OrganizationSummary;
import org.careloop.referrals.directory.ServiceStatus;
import org.careloop.referrals.referral.ReferralEvents.ReferralRequested;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** What a new referral needs: the patient's consent, a service that takes referrals, a case still in care. */
class ReferralRequestTests {

    private static final AnswerTimes TIMES = ReferralAnswerTimeTests.TIMES;
    private static final Instant NOW = Instant.parse("2026-03-03T14:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-03");
    private static final NewReferral.ConsentGiven CONSENT = new NewReferral.ConsentGiven(true, " the patient ",
            TODAY);

    @Test
    void aReferralIsSentWithTheConsentAndTheCasesTeam() {
        CaseView caseView = caseIn("ACTIVE", null);
        DirectoryService service = service(Category.HOSPICE, ServiceStatus.ACTIVE);

        Referral referral = request(false, CONSENT, caseView, service);

        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.caseId()).isEqualTo(caseView.caseId());
        assertThat(referral.organizationId()).isEqualTo(service.organization().id());
        assertThat(referral.team()).isEqualTo("palliative-north");
        assertThat(referral.consent()).isEqualTo(new Consent("the patient", TODAY, "sam"));
        assertThat(referral.history()).containsExactly(new StatusChange(ReferralStatus.REQUESTED, "sam",
                "social-worker", NOW, null, null));
        assertThat(referral.pullEvents()).singleElement().isInstanceOf(ReferralRequested.class);
    }

    @Test
    void aDraftStaysWithTheRequesterAndTellsNobody() {
        Referral draft = request(true, CONSENT, caseIn("ACTIVE", null), service(Category.HOSPICE,
                ServiceStatus.ACTIVE));

        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.pullEvents()).isEmpty();
    }

    @Test
    void withoutConsentNothingIsSent() {
        assertThatThrownBy(() -> request(false, null, caseIn("ACTIVE", null),
                service(Category.HOSPICE, ServiceStatus.ACTIVE))).isInstanceOf(ConsentRequiredException.class);
        assertThatThrownBy(() -> request(false, new NewReferral.ConsentGiven(false, "the patient", TODAY),
                caseIn("ACTIVE", null), service(Category.HOSPICE, ServiceStatus.ACTIVE)))
                .isInstanceOf(ConsentRequiredException.class);
    }

    @Test
    void consentNamesWhoGaveItAndADayNotInTheFuture() {
        assertThatThrownBy(() -> request(false, new NewReferral.ConsentGiven(true, " ", TODAY.plusDays(1)),
                caseIn("ACTIVE", null), service(Category.HOSPICE, ServiceStatus.ACTIVE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("consent.obtainedFrom", "consent.obtainedOn"));
        assertThatThrownBy(() -> request(false, new NewReferral.ConsentGiven(true, "the patient", null),
                caseIn("ACTIVE", null), service(Category.HOSPICE, ServiceStatus.ACTIVE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("consent.obtainedOn"));
    }

    @Test
    void consentIsCheckedBeforeTheServiceAndTheServiceBeforeTheCase() {
        CaseView closed = caseIn("CLOSED", null);
        DirectoryService notAccepting = service(Category.HOSPICE, ServiceStatus.INACTIVE);

        assertThatThrownBy(() -> request(false, null, closed, notAccepting))
                .isInstanceOf(ConsentRequiredException.class);
        assertThatThrownBy(() -> request(false, CONSENT, closed, notAccepting))
                .isInstanceOfSatisfying(ReferralRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo("service-not-accepting"));
    }

    @Test
    void aCaseWhoseCareEndedTakesNoNewReferral() {
        for (String status : new String[] { "CLOSED", "DISCHARGED", "TRANSFERRED" }) {
            assertThatThrownBy(() -> request(false, CONSENT, caseIn(status, null),
                    service(Category.COMMUNITY, ServiceStatus.ACTIVE)))
                    .as(status)
                    .isInstanceOfSatisfying(ReferralRefusedException.class,
                            e -> assertThat(e.kind()).isEqualTo("case-closed"));
        }
    }

    @Test
    void afterADeathOnlySupportForTheFamily() {
        CaseView died = caseIn("ACTIVE", TODAY.minusDays(2));

        for (Category category : Category.values()) {
            DirectoryService service = service(category, ServiceStatus.ACTIVE);
            if (Referral.FOR_THE_BEREAVED.contains(category)) {
                assertThat(request(false, CONSENT, died, service).status()).as(category.code())
                        .isEqualTo(ReferralStatus.REQUESTED);
            } else {
                assertThatThrownBy(() -> request(false, CONSENT, died, service)).as(category.code())
                        .isInstanceOfSatisfying(ReferralRefusedException.class,
                                e -> assertThat(e.kind()).isEqualTo("patient-died"));
            }
        }
        assertThat(Referral.FOR_THE_BEREAVED).containsExactlyInAnyOrder(Category.BEREAVEMENT_SUPPORT,
                Category.COUNSELING, Category.SPIRITUAL_CARE);
    }

    @Test
    void afterADeathEveryServiceForAFamilyMember() {
        UUID widow = UUID.randomUUID();
        CaseView died = new CaseView(UUID.randomUUID(), "sam", "sam-sub", "palliative-north", "DECEASED",
                TODAY.minusDays(2), Set.of(widow));

        for (Category category : Category.values()) {
            assertThat(requestFor(widow, died, service(category, ServiceStatus.ACTIVE)).status())
                    .as(category.code()).isEqualTo(ReferralStatus.REQUESTED);
        }
        assertThatThrownBy(() -> requestFor(null, died, service(Category.FINANCIAL_ASSISTANCE, ServiceStatus.ACTIVE)))
                .isInstanceOfSatisfying(ReferralRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo("patient-died"));
    }

    @Test
    void aFamilyMemberNamedMustBeOneOfTheCase() {
        UUID daughter = UUID.randomUUID();
        CaseView caseView = new CaseView(UUID.randomUUID(), "sam", "sam-sub", "palliative-north", "ACTIVE", null,
                Set.of(daughter));
        DirectoryService counseling = service(Category.COUNSELING, ServiceStatus.ACTIVE);

        assertThat(requestFor(daughter, caseView, counseling).familyMemberId()).isEqualTo(daughter);
        assertThat(requestFor(null, caseView, counseling).familyMemberId()).isNull();
        assertThatThrownBy(() -> requestFor(UUID.randomUUID(), caseView, counseling))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("familyMemberId"));
    }

    @Test
    void aServiceAtCapacityOrTemporarilyClosedTakesAReferralOnlyOnItsWaitingList() {
        CaseView caseView = caseIn("ACTIVE", null);
        List<DirectoryService> full = List.of(service(ServiceStatus.ACTIVE, Capacity.WAITLIST),
                service(ServiceStatus.ACTIVE, Capacity.NO_CAPACITY),
                service(ServiceStatus.TEMPORARILY_CLOSED, Capacity.CAPACITY));

        for (DirectoryService service : full) {
            assertThatThrownBy(() -> waiting(false, caseView, service)).as(service.status() + "/" + service.capacity())
                    .isInstanceOfSatisfying(ServiceAtCapacityException.class, e -> {
                        assertThat(e.capacity()).isEqualTo(service.capacity());
                        assertThat(e.serviceStatus()).isEqualTo(service.status());
                    });
            assertThat(waiting(true, caseView, service).waitingList()).isTrue();
        }
        Referral withRoom = waiting(true, caseView, service(ServiceStatus.ACTIVE, Capacity.CAPACITY));
        assertThat(withRoom.waitingList()).isFalse();
        assertThat(waiting(false, caseView, service(ServiceStatus.ACTIVE, Capacity.CAPACITY)).waitingList()).isFalse();
    }

    @Test
    void anInactiveOrDefunctServiceTakesNoReferralEvenOnAWaitingList() {
        for (ServiceStatus status : List.of(ServiceStatus.INACTIVE, ServiceStatus.DEFUNCT)) {
            assertThatThrownBy(() -> waiting(true, caseIn("ACTIVE", null), service(status, Capacity.WAITLIST)))
                    .as(status.code()).isInstanceOfSatisfying(ReferralRefusedException.class,
                            e -> assertThat(e.kind()).isEqualTo("service-not-accepting"));
        }
    }

    @Test
    void theCaseIsCheckedBeforeTheWaitingList() {
        assertThatThrownBy(() -> waiting(false, caseIn("CLOSED", null),
                service(ServiceStatus.ACTIVE, Capacity.NO_CAPACITY)))
                .isInstanceOfSatisfying(ReferralRefusedException.class,
                        e -> assertThat(e.kind()).isEqualTo("case-closed"));
    }

    private static Referral waiting(boolean accepted, CaseView caseView, DirectoryService service) {
        NewReferral request = new NewReferral(caseView.caseId(), service.id(), null, "Night support at home",
                Priority.URGENT, false, CONSENT, null, accepted);
        return Referral.request(request, caseView, service, "sam", "sam-sub", "social-worker", NOW, TODAY, TIMES);
    }

    private static DirectoryService service(ServiceStatus status, Capacity capacity) {
        return new DirectoryService(UUID.randomUUID(), new OrganizationSummary(UUID.randomUUID(), "Sunrise Hospice"),
                "A service", null, Category.HOSPICE, null, null, null, null, status, capacity);
    }

    private static Referral requestFor(UUID familyMemberId, CaseView caseView, DirectoryService service) {
        NewReferral request = new NewReferral(caseView.caseId(), service.id(), familyMemberId, "Grief support",
                Priority.ROUTINE, false, CONSENT);
        return Referral.request(request, caseView, service, "sam", "sam-sub", "social-worker", NOW, TODAY, TIMES);
    }

    private static Referral request(boolean draft, NewReferral.ConsentGiven consent, CaseView caseView,
            DirectoryService service) {
        NewReferral request = new NewReferral(caseView.caseId(), service.id(), null, "Night support at home",
                Priority.URGENT, draft, consent);
        return Referral.request(request, caseView, service, "sam", "sam-sub", "social-worker", NOW, TODAY, TIMES);
    }

    private static CaseView caseIn(String status, LocalDate dateOfDeath) {
        return new CaseView(UUID.randomUUID(), "sam", "sam-sub", "palliative-north", status, dateOfDeath);
    }

    private static DirectoryService service(Category category, ServiceStatus status) {
        return new DirectoryService(UUID.randomUUID(), new OrganizationSummary(UUID.randomUUID(), "Sunrise Hospice"),
                "A service", null, category, null, null, null, null, status, Capacity.CAPACITY);
    }
}
