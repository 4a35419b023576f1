package org.careloop.cases.wishes;

import java.time.LocalDate;

import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;

/** The patient's wishes as the social worker now records them, replacing what was on record as a whole. */
public record NewWishes(String goalsOfCare, HealthCareProxy healthCareProxy, PolstStatus polstStatus,
        CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath, String placeOfDeathNotes,
        String spiritualPreferences, String culturalPreferences, LocalDate lastReviewedOn) {
}
