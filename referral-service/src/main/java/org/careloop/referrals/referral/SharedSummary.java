package org.careloop.referrals.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;
import org.careloop.support.web.Text;

/**
 * What the social worker shares with the receiving organization about the patient, under the consent's scope
 * ({@link SharePart}): identity, contact, clinical, and a note of their own. The same shape is sent, stored and
 * shown; referral-service never adds to it from the case.
 *
 * @param note the worker's own words for the receiver: needs no scope
 */
public record SharedSummary(Patient patient, PrimaryContact primaryContact, Diagnosis diagnosis,
        PlaceOfDeath preferredPlaceOfDeath, String note) {

    static final int NAME = 100;
    static final int PHONE = 40;
    static final int ADDRESS = 300;
    static final int CLINICAL_TEXT = 200;
    static final int RELATIONSHIP = 60;
    static final int NOTE = 2000;

    /** givenName, familyName, dateOfBirth are {@link SharePart#IDENTITY}; phone and address {@link SharePart#CONTACT}. */
    public record Patient(String givenName, String familyName, LocalDate dateOfBirth, String phone, String address) {
    }

    /** The patient's primary contact (a family member or proxy): {@link SharePart#CONTACT}. */
    public record PrimaryContact(String name, String relationship, String phone) {
    }

    /** {@link SharePart#CLINICAL}. */
    public record Diagnosis(String condition, String stage) {
    }

    /** Where the patient wishes to die: case-service's wish codes, as written there. {@link SharePart#CLINICAL}. */
    public enum PlaceOfDeath {
        UNDECIDED, HOME, HOSPICE_FACILITY, HOSPITAL, CARE_HOME, OTHER
    }

    /**
     * The summary as it is kept: stripped, blanks as absent, {@code null} when nothing is shared. Any field of a part
     * outside {@code scope} refuses the whole summary ({@link OutsideConsentScopeException}); within the scope, a
     * shared identity is whole (names and a date of birth not after {@code today}), a primary contact has a name
     * and a relationship, a diagnosis a condition, and every text is bounded ({@link InvalidInputException}).
     */
    static SharedSummary underConsent(SharedSummary sent, Collection<SharePart> scope, LocalDate today) {
        SharedSummary shared = sent == null ? null : sent.stripped();
        if (shared == null) {
            return null;
        }
        shared.checkWithin(scope.isEmpty() ? EnumSet.noneOf(SharePart.class) : EnumSet.copyOf(scope));
        shared.checkFields(today);
        return shared;
    }

    /** The parts this summary shares, in the order of {@link SharePart}. */
    public List<SharePart> parts() {
        Set<SharePart> parts = EnumSet.noneOf(SharePart.class);
        if (patient != null && (patient.givenName != null || patient.familyName != null
                || patient.dateOfBirth != null)) {
            parts.add(SharePart.IDENTITY);
        }
        if (patient != null && (patient.phone != null || patient.address != null) || primaryContact != null) {
            parts.add(SharePart.CONTACT);
        }
        if (diagnosis != null || preferredPlaceOfDeath != null) {
            parts.add(SharePart.CLINICAL);
        }
        return List.copyOf(parts);
    }

    private SharedSummary stripped() {
        Patient p = patient == null ? null : new Patient(Text.blankToNull(patient.givenName),
                Text.blankToNull(patient.familyName), patient.dateOfBirth, Text.blankToNull(patient.phone),
                Text.blankToNull(patient.address));
        if (p != null && p.givenName == null && p.familyName == null && p.dateOfBirth == null && p.phone == null
                && p.address == null) {
            p = null;
        }
        PrimaryContact c = primaryContact == null ? null : new PrimaryContact(Text.blankToNull(primaryContact.name),
                Text.blankToNull(primaryContact.relationship), Text.blankToNull(primaryContact.phone));
        if (c != null && c.name == null && c.relationship == null && c.phone == null) {
            c = null;
        }
        Diagnosis d = diagnosis == null ? null : new Diagnosis(Text.blankToNull(diagnosis.condition),
                Text.blankToNull(diagnosis.stage));
        if (d != null && d.condition == null && d.stage == null) {
            d = null;
        }
        String n = Text.blankToNull(note);
        if (p == null && c == null && d == null && preferredPlaceOfDeath == null && n == null) {
            return null;
        }
        return new SharedSummary(p, c, d, preferredPlaceOfDeath, n);
    }

    private void checkWithin(Set<SharePart> scope) {
        List<FieldError> errors = new ArrayList<>();
        Set<SharePart> parts = EnumSet.noneOf(SharePart.class);
        if (patient != null) {
            outside(scope, SharePart.IDENTITY, "shared.patient.givenName", patient.givenName, errors, parts);
            outside(scope, SharePart.IDENTITY, "shared.patient.familyName", patient.familyName, errors, parts);
            outside(scope, SharePart.IDENTITY, "shared.patient.dateOfBirth", patient.dateOfBirth, errors, parts);
            outside(scope, SharePart.CONTACT, "shared.patient.phone", patient.phone, errors, parts);
            outside(scope, SharePart.CONTACT, "shared.patient.address", patient.address, errors, parts);
        }
        outside(scope, SharePart.CONTACT, "shared.primaryContact", primaryContact, errors, parts);
        outside(scope, SharePart.CLINICAL, "shared.diagnosis", diagnosis, errors, parts);
        outside(scope, SharePart.CLINICAL, "shared.preferredPlaceOfDeath", preferredPlaceOfDeath, errors, parts);
        if (!errors.isEmpty()) {
            throw new OutsideConsentScopeException(errors, parts);
        }
    }

    private static void outside(Set<SharePart> scope, SharePart part, String field, Object value,
            List<FieldError> errors, Set<SharePart> parts) {
        if (value != null && !scope.contains(part)) {
            errors.add(new FieldError(field, "is " + part + ", which the consent does not cover"));
            parts.add(part);
        }
    }

    private void checkFields(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (patient != null) {
            boolean identity = patient.givenName != null || patient.familyName != null || patient.dateOfBirth != null;
            text(errors, "shared.patient.givenName", patient.givenName, identity, NAME);
            text(errors, "shared.patient.familyName", patient.familyName, identity, NAME);
            if (identity && patient.dateOfBirth == null) {
                errors.add(new FieldError("shared.patient.dateOfBirth", "is required when the identity is shared"));
            } else if (patient.dateOfBirth != null && patient.dateOfBirth.isAfter(today)) {
                errors.add(new FieldError("shared.patient.dateOfBirth", "must not be in the future"));
            }
            phone(errors, "shared.patient.phone", patient.phone);
            text(errors, "shared.patient.address", patient.address, false, ADDRESS);
        }
        if (primaryContact != null) {
            text(errors, "shared.primaryContact.name", primaryContact.name, true, NAME);
            text(errors, "shared.primaryContact.relationship", primaryContact.relationship, true, RELATIONSHIP);
            phone(errors, "shared.primaryContact.phone", primaryContact.phone);
        }
        if (diagnosis != null) {
            text(errors, "shared.diagnosis.condition", diagnosis.condition, true, CLINICAL_TEXT);
            text(errors, "shared.diagnosis.stage", diagnosis.stage, false, CLINICAL_TEXT);
        }
        text(errors, "shared.note", note, false, NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static void phone(List<FieldError> errors, String field, String value) {
        if (value != null && (value.length() > PHONE || !value.matches(Text.PHONE))) {
            errors.add(new FieldError(field, "must be a phone number of at most " + PHONE + " characters"));
        }
    }
}
