package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.careloop.referrals.referral.SharedSummary.Diagnosis;
import org.careloop.referrals.referral.SharedSummary.Patient;
import org.careloop.referrals.referral.SharedSummary.PlaceOfDeath;
import org.careloop.referrals.referral.SharedSummary.PrimaryContact;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** What may be shared with the receiving organization: only the parts the consent covers, complete and bounded. */
class SharedSummaryTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-03");
    private static final Set<SharePart> ALL = EnumSet.allOf(SharePart.class);

    private static final SharedSummary EVERYTHING = new SharedSummary(
            new Patient(" Rosa ", "Delgado", LocalDate.parse("1948-05-02"), "+1 555 0101", "12 Elm Street, Springfield"),
            new PrimaryContact("Ana Delgado", "daughter", "+1 555 0102"),
            new Diagnosis("Pancreatic cancer", "IV"), PlaceOfDeath.HOME, " Prefers morning visits ");

    @Test
    void everythingWithinAFullScopeIsKeptStripped() {
        SharedSummary kept = SharedSummary.underConsent(EVERYTHING, ALL, TODAY);

        assertThat(kept.patient().givenName()).isEqualTo("Rosa");
        assertThat(kept.note()).isEqualTo("Prefers morning visits");
        assertThat(kept.primaryContact()).isEqualTo(EVERYTHING.primaryContact());
        assertThat(kept.diagnosis()).isEqualTo(EVERYTHING.diagnosis());
        assertThat(kept.preferredPlaceOfDeath()).isEqualTo(PlaceOfDeath.HOME);
    }

    @Test
    void eachFieldOutsideTheScopeIsNamedWithItsPart() {
        assertThatThrownBy(() -> SharedSummary.underConsent(EVERYTHING, EnumSet.of(SharePart.IDENTITY), TODAY))
                .isInstanceOfSatisfying(OutsideConsentScopeException.class, e -> {
                    assertThat(e.parts()).containsExactly(SharePart.CONTACT, SharePart.CLINICAL);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("shared.patient.phone",
                            "shared.patient.address", "shared.primaryContact", "shared.diagnosis",
                            "shared.preferredPlaceOfDeath");
                    assertThat(e.errors().getFirst().message())
                            .isEqualTo("is CONTACT, which the consent does not cover");
                });
    }

    @Test
    void identityAloneSharesNoContact() {
        SharedSummary identity = new SharedSummary(new Patient("Rosa", "Delgado", LocalDate.parse("1948-05-02"),
                " ", null), null, null, null, null);

        SharedSummary kept = SharedSummary.underConsent(identity, EnumSet.of(SharePart.IDENTITY), TODAY);

        assertThat(kept.patient().phone()).isNull();
        assertThatThrownBy(() -> SharedSummary.underConsent(identity, Set.of(), TODAY))
                .isInstanceOfSatisfying(OutsideConsentScopeException.class,
                        e -> assertThat(e.parts()).containsExactly(SharePart.IDENTITY));
    }

    @Test
    void aNoteNeedsNoScopeAndNothingSharedIsNull() {
        SharedSummary note = new SharedSummary(null, null, null, null, "Call the daughter first");

        assertThat(SharedSummary.underConsent(note, Set.of(), TODAY).note()).isEqualTo("Call the daughter first");
        assertThat(SharedSummary.underConsent(null, ALL, TODAY)).isNull();
        assertThat(SharedSummary.underConsent(new SharedSummary(new Patient(" ", "", null, null, null),
                new PrimaryContact(" ", null, null), new Diagnosis(null, " "), null, " "), Set.of(), TODAY)).isNull();
    }

    @Test
    void sharingLessThanConsentedIsFine() {
        SharedSummary clinicalOnly = new SharedSummary(null, null, new Diagnosis("COPD", null), null, null);

        assertThat(SharedSummary.underConsent(clinicalOnly, ALL, TODAY).diagnosis().condition()).isEqualTo("COPD");
    }

    @Test
    void sharedIdentityIsWholeAndBornInThePast() {
        SharedSummary partial = new SharedSummary(new Patient("Rosa", null, TODAY.plusDays(1), null, null), null,
                null, null, null);

        assertThat(refused(partial)).containsExactly("shared.patient.familyName", "shared.patient.dateOfBirth");
    }

    @Test
    void aPrimaryContactHasANameAndARelationshipAndADiagnosisACondition() {
        SharedSummary incomplete = new SharedSummary(null, new PrimaryContact(null, " ", "+1 555 0102"),
                new Diagnosis(null, "IV"), null, null);

        assertThat(refused(incomplete)).containsExactly("shared.primaryContact.name",
                "shared.primaryContact.relationship", "shared.diagnosis.condition");
    }

    @Test
    void sizesAreBounded() {
        SharedSummary tooLong = new SharedSummary(
                new Patient("x".repeat(101), "y".repeat(101), LocalDate.parse("1948-05-02"), "1".repeat(41),
                        "a".repeat(301)),
                new PrimaryContact("n".repeat(101), "r".repeat(61), "<b>"),
                new Diagnosis("c".repeat(201), "s".repeat(201)), null, "z".repeat(2001));

        assertThat(refused(tooLong)).containsExactly("shared.patient.givenName", "shared.patient.familyName",
                "shared.patient.phone", "shared.patient.address", "shared.primaryContact.name",
                "shared.primaryContact.relationship", "shared.primaryContact.phone", "shared.diagnosis.condition",
                "shared.diagnosis.stage", "shared.note");
        assertThat(refused(new SharedSummary(new Patient("x".repeat(100), "y".repeat(100),
                LocalDate.parse("1948-05-02"), "1".repeat(40), "a".repeat(300)), null, null, null,
                "z".repeat(2000)))).isEmpty();
    }

    @Test
    void theScopeIsCheckedBeforeTheFields() {
        SharedSummary badAndOutside = new SharedSummary(new Patient(null, null, null, "1".repeat(41), null), null,
                null, null, null);

        assertThatThrownBy(() -> SharedSummary.underConsent(badAndOutside, EnumSet.of(SharePart.IDENTITY), TODAY))
                .isInstanceOf(OutsideConsentScopeException.class);
    }

    @Test
    void theConsentKeepsItsScopeInOrderOnce() {
        Consent consent = Consent.given(new NewReferral.ConsentGiven(true, "the patient", TODAY,
                List.of(SharePart.CLINICAL, SharePart.IDENTITY, SharePart.CLINICAL)), "sam", TODAY);

        assertThat(consent.scope()).containsExactly(SharePart.IDENTITY, SharePart.CLINICAL);
        assertThat(Consent.given(new NewReferral.ConsentGiven(true, "the patient", TODAY), "sam", TODAY).scope())
                .isEmpty();
    }

    private static List<String> refused(SharedSummary shared) {
        try {
            SharedSummary.underConsent(shared, ALL, TODAY);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }
}
