package org.careloop.cases.wishes;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The wishes over HTTP: maps requests to {@link WishesManagement} and wishes to {@link WishesResponse}. */
@RestController
@RequestMapping("/api/cases/{caseId}/wishes")
class WishesController {

    private final WishesManagement management;

    WishesController(WishesManagement management) {
        this.management = management;
    }

    /** The wishes on record; every field is null while nothing has been recorded yet. */
    @GetMapping
    WishesResponse get(@PathVariable UUID caseId) {
        return WishesResponse.of(management.ofCase(caseId, CurrentUser.get()));
    }

    @PutMapping
    WishesResponse put(@PathVariable UUID caseId, @Valid @RequestBody WishesRequest request) {
        return WishesResponse.of(management.update(caseId, request.toNewWishes(), CurrentUser.get()));
    }

    record WishesRequest(@Size(max = 4000) String goalsOfCare, @Valid ProxyRequest healthCareProxy,
            PolstStatus polstStatus, CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath,
            @Size(max = 1000) String placeOfDeathNotes, @Size(max = 2000) String spiritualPreferences,
            @Size(max = 2000) String culturalPreferences, LocalDate lastReviewedOn) {

        NewWishes toNewWishes() {
            return new NewWishes(Text.blankToNull(goalsOfCare),
                    healthCareProxy == null ? null : healthCareProxy.toProxy(), polstStatus, codeStatus,
                    preferredPlaceOfDeath, Text.blankToNull(placeOfDeathNotes),
                    Text.blankToNull(spiritualPreferences), Text.blankToNull(culturalPreferences), lastReviewedOn);
        }
    }

    record ProxyRequest(@NotBlank @Size(max = 200) String name, @Size(max = 60) String relationship,
            @Size(max = 40) @Pattern(regexp = Text.PHONE) String phone,
            @Size(max = 254) @Email String email) {

        HealthCareProxy toProxy() {
            return new HealthCareProxy(name.strip(), Text.blankToNull(relationship), Text.blankToNull(phone),
                    Text.blankToNull(email));
        }
    }
}
