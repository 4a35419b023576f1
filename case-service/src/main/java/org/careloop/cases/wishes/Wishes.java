package org.careloop.cases.wishes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the patient wants at the end of life and who speaks for them: goals of care, the health care proxy, the
 * POLST and code status, where they wish to die, spiritual and cultural preferences, and when it was last
 * reviewed with them.
 */
public record Wishes(UUID caseId, String goalsOfCare, HealthCareProxy healthCareProxy, PolstStatus polstStatus,
        CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath, String placeOfDeathNotes,
        String spiritualPreferences, String culturalPreferences, LocalDate lastReviewedOn, Instant updatedAt,
        String updatedBy) {

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
