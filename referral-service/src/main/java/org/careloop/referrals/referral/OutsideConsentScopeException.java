package org.careloop.referrals.referral;

import java.util.List;
import java.util.Set;

import org.careloop.support.problems.InvalidInputException.FieldError;

/** A shared summary with fields of parts the consent does not cover: refused whole (422), one error per field. */
public class OutsideConsentScopeException extends RuntimeException {

    private final List<FieldError> errors;
    private final Set<SharePart> parts;

    OutsideConsentScopeException(List<FieldError> errors, Set<SharePart> parts) {
        super("Shared beyond the consent: " + parts);
        this.errors = List.copyOf(errors);
        this.parts = parts;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The parts at fault, in the order of {@link SharePart}. */
    public List<SharePart> parts() {
        return parts.stream().sorted().toList();
    }
}
