package org.careloop.referrals.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;

/**
 * The patient's consent to share what the referral says with the receiving organization, and which parts of the
 * patient summary it covers ({@code scope}, in the order of {@link SharePart}; empty: the referral alone).
 */
public record Consent(String obtainedFrom, LocalDate obtainedOn, String recordedBy, List<SharePart> scope) {

    public Consent {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** A consent to share the referral alone, no part of the patient summary. */
    public Consent(String obtainedFrom, LocalDate obtainedOn, String recordedBy) {
        this(obtainedFrom, obtainedOn, recordedBy, List.of());
    }

    /**
     * The consent as the social worker records it: obtained, from someone named, on a day that is not after
     * {@code today}. No referral leaves without it.
     */
    static Consent given(NewReferral.ConsentGiven given, String recordedBy, LocalDate today) {
        if (given == null || !given.obtained()) {
            throw new ConsentRequiredException();
        }
        List<FieldError> errors = new ArrayList<>();
        if (given.obtainedFrom() == null || given.obtainedFrom().isBlank()) {
            errors.add(new FieldError("consent.obtainedFrom", "must name who gave consent"));
        }
        if (given.obtainedOn() == null) {
            errors.add(new FieldError("consent.obtainedOn", "is required"));
        } else if (given.obtainedOn().isAfter(today)) {
            errors.add(new FieldError("consent.obtainedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EnumSet<SharePart> scope = EnumSet.noneOf(SharePart.class);
        if (given.scope() != null) {
            given.scope().stream().filter(Objects::nonNull).forEach(scope::add);
        }
        return new Consent(given.obtainedFrom().strip(), given.obtainedOn(), recordedBy, List.copyOf(scope));
    }
}
