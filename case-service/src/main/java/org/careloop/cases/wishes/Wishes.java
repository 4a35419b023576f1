package org.careloop.cases.wishes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.problems.InvalidInputException.FieldError;

/**
 * What the patient wants at the end of life and who speaks for them: goals of care, the health care proxy, the
 * POLST and code status, where they wish to die, spiritual and cultural preferences, and when it was last
 * reviewed with them.
 */
public record Wishes(UUID caseId, String goalsOfCare, HealthCareProxy healthCareProxy, PolstStatus polstStatus,
        CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath, String placeOfDeathNotes,
        String spiritualPreferences, String culturalPreferences, LocalDate lastReviewedOn, Instant updatedAt,
        String updatedBy) {

    /**
     * The wishes recorded on a case now; they cannot have been reviewed with the patient on a day still to come
     * ({@code today} is the hospice's). Faults are collected into one {@link InvalidInputException}.
     */
    static Wishes record(UUID caseId, NewWishes wishes, String actor, Instant now, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (wishes.lastReviewedOn() != null && wishes.lastReviewedOn().isAfter(today)) {
            errors.add(new FieldError("lastReviewedOn", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Wishes(caseId, wishes.goalsOfCare(), wishes.healthCareProxy(), wishes.polstStatus(),
                wishes.codeStatus(), wishes.preferredPlaceOfDeath(), wishes.placeOfDeathNotes(),
                wishes.spiritualPreferences(), wishes.culturalPreferences(), wishes.lastReviewedOn(), now, actor);
    }

    /** A case's wishes while nothing has been recorded: every field but the case is empty. */
    static Wishes noneYet(UUID caseId) {
        return new Wishes(caseId, null, null, null, null, null, null, null, null, null, null, null);
    }

    public record HealthCareProxy(String name, String relationship, String phone, String email) {
    }

    /** Portable medical orders (POLST/MOLST): the level of treatment the patient chose. */
    public enum PolstStatus {
        NOT_COMPLETED, FULL_TREATMENT, SELECTIVE_TREATMENT, COMFORT_FOCUSED
    }

    public enum CodeStatus {
        NOT_DOCUMENTED, FULL_CODE, DNR, DNR_DNI
    }

    public enum PlaceOfDeath {
        UNDECIDED, HOME, HOSPICE_FACILITY, HOSPITAL, CARE_HOME, OTHER
    }
}
