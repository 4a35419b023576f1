package org.careloop.cases.wishes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;

/** A case's wishes as clients see them. */
record WishesResponse(UUID caseId, String goalsOfCare, HealthCareProxy healthCareProxy, PolstStatus polstStatus,
        CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath, String placeOfDeathNotes,
        String spiritualPreferences, String culturalPreferences, LocalDate lastReviewedOn, Instant updatedAt,
        String updatedBy) {

    static WishesResponse of(Wishes w) {
        return new WishesResponse(w.caseId(), w.goalsOfCare(), w.healthCareProxy(), w.polstStatus(), w.codeStatus(),
                w.preferredPlaceOfDeath(), w.placeOfDeathNotes(), w.spiritualPreferences(), w.culturalPreferences(),
                w.lastReviewedOn(), w.updatedAt(), w.updatedBy());
    }
}
