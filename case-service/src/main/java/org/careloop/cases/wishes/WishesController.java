package org.careloop.cases.wishes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.CaseGuard;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.web.Text;
import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseId}/wishes")
class WishesController {

    private final CaseGuard guard;
    private final WishesRepository wishes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WishesController(CaseGuard guard, WishesRepository wishes, ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.wishes = wishes;
        this.events = events;
        this.clock = clock;
    }

    /** The wishes on record; every field is null while nothing has been recorded yet. */
    @GetMapping
    Wishes get(@PathVariable UUID caseId) {
        return guard.read(caseId, CurrentUser.get(), "READ_WISHES", c -> wishes.ofCase(caseId)
                .orElse(new Wishes(caseId, null, null, null, null, null, null, null, null, null, null, null)));
    }

    @PutMapping
    Wishes put(@PathVariable UUID caseId, @Valid @RequestBody WishesRequest request) {
        var user = CurrentUser.get();
        if (request.lastReviewedOn() != null && request.lastReviewedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("lastReviewedOn", "must not be in the future");
        }
        return guard.change(caseId, user, "UPDATE_WISHES", c -> {
            var updated = new Wishes(caseId, Text.blankToNull(request.goalsOfCare()),
                    request.healthCareProxy() == null ? null : request.healthCareProxy().toProxy(),
                    request.polstStatus(), request.codeStatus(), request.preferredPlaceOfDeath(),
                    Text.blankToNull(request.placeOfDeathNotes()), Text.blankToNull(request.spiritualPreferences()),
                    Text.blankToNull(request.culturalPreferences()), request.lastReviewedOn(), clock.instant(),
                    user.username());
            wishes.save(updated);
            events.publishEvent(new WishesUpdated(UUID.randomUUID(), caseId, user.username(), updated.updatedAt()));
            return updated;
        });
    }

    record WishesRequest(@Size(max = 4000) String goalsOfCare, @Valid ProxyRequest healthCareProxy,
            PolstStatus polstStatus, CodeStatus codeStatus, PlaceOfDeath preferredPlaceOfDeath,
            @Size(max = 1000) String placeOfDeathNotes, @Size(max = 2000) String spiritualPreferences,
            @Size(max = 2000) String culturalPreferences, LocalDate lastReviewedOn) {
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
