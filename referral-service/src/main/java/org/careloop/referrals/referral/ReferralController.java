package org.careloop.referrals.referral;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Coded;
import org.careloop.support.web.PageResponse;
import org.careloop.support.web.Text;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final ReferralManagement management;
    private final ReferralFhirExport fhir;
    private final Clock clock;

    ReferralController(ReferralManagement management, ReferralFhirExport fhir, Clock clock) {
        this.management = management;
        this.fhir = fhir;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ReferralResponse> create(@Valid @RequestBody CreateReferralRequest request) {
        NewReferral.ConsentGiven consent = request.consent() == null ? null
                : new NewReferral.ConsentGiven(Boolean.TRUE.equals(request.consent().obtained()),
                        request.consent().obtainedFrom(), request.consent().obtainedOn(), request.consent().scope());
        ReferralSeen created = management.request(new NewReferral(request.caseId(), request.serviceId(),
                request.familyMemberId(), request.reason().strip(), request.priority(),
                Boolean.TRUE.equals(request.draft()), consent, request.shared(),
                Boolean.TRUE.equals(request.waitingListAccepted())), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/referrals/" + created.referral().id()))
                .body(ReferralResponse.of(created, clock.instant()));
    }

    @GetMapping
    PageResponse<ReferralResponse> list(@RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
        if (status != null) {
            for (String code : status) {
                try {
                    statuses.add(Coded.of(ReferralStatus.class, code));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("status", e.getMessage());
                }
            }
        }
        ReferralPage found = management.list(caseId, statuses, Boolean.TRUE.equals(overdue), page, size,
                CurrentUser.get());
        Instant now = clock.instant();
        return new PageResponse<>(found.items().stream().map(seen -> ReferralResponse.of(seen, now)).toList(), page,
                size, found.total());
    }

    @GetMapping("/{id}")
    ReferralResponse get(@PathVariable UUID id) {
        return ReferralResponse.of(management.get(id, "READ_REFERRAL", CurrentUser.get()), clock.instant());
    }

    @PostMapping("/{id}/status")
    ReferralResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return ReferralResponse.of(management.changeStatus(id, request.status(), Text.blankToNull(request.reason()),
                request.outcome(), CurrentUser.get()), clock.instant());
    }

    @GetMapping(path = "/{id}/fhir", produces = { "application/fhir+json", "application/json" })
    ResponseEntity<String> fhir(@PathVariable UUID id) {
        Referral referral = management.get(id, "EXPORT_REFERRAL_FHIR", CurrentUser.get()).referral();
        return ResponseEntity.ok().contentType(FHIR_JSON).body(fhir.bundle(referral));
    }

    record CreateReferralRequest(@NotNull UUID caseId, @NotNull UUID serviceId, UUID familyMemberId,
            @NotBlank @Size(max = 2000) String reason, @NotNull Priority priority, Boolean draft,
            @Valid ConsentRequest consent, SharedSummary shared, Boolean waitingListAccepted) {
    }

    /** @param scope the parts of the patient summary the consent covers; absent: none */
    record ConsentRequest(Boolean obtained, @Size(max = 200) String obtainedFrom, LocalDate obtainedOn,
            @Size(max = 3) List<SharePart> scope) {
    }

    record StatusRequest(@NotNull ReferralStatus status, @Size(max = 2000) String reason, Outcome outcome) {
    }
}
