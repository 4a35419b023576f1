package org.careloop.referrals.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;

/** The patient's consent to share what the referral says with the receiving organization. */
public record Consent(String obtainedFrom, LocalDate obtainedOn, String recordedBy) {

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
        return new Consent(given.obtainedFrom().strip(), given.obtainedOn(), recordedBy);
    }
}
