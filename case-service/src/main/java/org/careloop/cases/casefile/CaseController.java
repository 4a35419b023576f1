package org.careloop.cases.casefile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.CaseRequests.AssignmentRequest;
import org.careloop.cases.casefile.CaseRequests.DateOfDeathRequest;
import org.careloop.cases.casefile.CaseRequests.EnteredInErrorRequest;
import org.careloop.cases.casefile.CaseRequests.OpenCaseRequest;
import org.careloop.cases.casefile.CaseRequests.StatusChangeRequest;
import org.careloop.cases.casefile.CaseRequests.TreatmentSummaryRequest;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case file over HTTP: maps requests to {@link CaseManagement} and cases to {@link CaseResponse}. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseManagement management;

    CaseController(CaseManagement management) {
        this.management = management;
    }

    @PostMapping
    ResponseEntity<CaseResponse> open(@Valid @RequestBody OpenCaseRequest request) {
        Case opened = management.open(request.patient().toPatient(), request.diagnosis().toDiagnosis(),
                CaseRequests.blankToNull(request.assignedWorker()), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(CaseResponse.of(opened));
    }

    @GetMapping
    PageResponse<CaseResponse> list(@RequestParam(required = false) List<CaseStatus> status,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 100) String assignedTo,
            @RequestParam(defaultValue = CaseQuery.DEFAULT_SORT) @Size(max = 30) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CasePage result = management.list(CaseQuery.of(status, q, assignedTo, sort, page, size), CurrentUser.get());
        return new PageResponse<>(result.items().stream().map(CaseResponse::of).toList(), page, size,
                result.total());
    }

    /**
     * The supervisor's team's social workers a case may be handed to, as the service knows them (seen with the team
     * lately); who has left the team is not among them.
     */
    @GetMapping("/workers")
    List<TeamWorkerResponse> workers() {
        return management.teamWorkers(CurrentUser.get()).stream()
                .map(w -> new TeamWorkerResponse(w.username(), w.lastSeen())).toList();
    }

    /** A social worker of the team, and when the service last saw them with it. */
    record TeamWorkerResponse(String username, java.time.Instant lastSeen) {
    }

    /** "Today" as the date rules count it (the hospice's zone): a client whose calendar differs says so. */
    @GetMapping("/today")
    ServiceDayResponse today() {
        ServiceDay day = management.serviceDay();
        return new ServiceDayResponse(day.date(), day.zone());
    }

    /** The service's today and the zone it is counted in (an IANA name, {@code CARELOOP_ZONE}). */
    record ServiceDayResponse(LocalDate date, String zone) {
    }

    @GetMapping("/{id}")
    CaseResponse get(@PathVariable UUID id) {
        return CaseResponse.of(management.get(id, CurrentUser.get()));
    }

    @PostMapping("/{id}/status")
    CaseResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request) {
        return CaseResponse.of(management.changeStatus(id, request.status(),
                CaseRequests.blankToNull(request.reason()), request.dateOfDeath(),
                request.noBereavementSupport() == null ? null : request.noBereavementSupport().reason().strip(),
                CurrentUser.get()));
    }

    @PutMapping("/{id}/date-of-death")
    CaseResponse correctDateOfDeath(@PathVariable UUID id, @Valid @RequestBody DateOfDeathRequest request) {
        return CaseResponse.of(management.correctDateOfDeath(id, request.dateOfDeath(),
                CaseRequests.blankToNull(request.reason()), CurrentUser.get()));
    }

    @PostMapping("/{id}/death-entered-in-error")
    CaseResponse deathEnteredInError(@PathVariable UUID id, @Valid @RequestBody EnteredInErrorRequest request) {
        return CaseResponse.of(management.deathEnteredInError(id, request.reason().strip(), CurrentUser.get()));
    }

    @PostMapping("/{id}/assignment")
    CaseResponse assign(@PathVariable UUID id, @Valid @RequestBody AssignmentRequest request) {
        return CaseResponse.of(management.assign(id, request.worker().strip(), CurrentUser.get()));
    }

    @PutMapping("/{id}/treatment-summary")
    CaseResponse updateTreatmentSummary(@PathVariable UUID id, @Valid @RequestBody TreatmentSummaryRequest request) {
        var user = CurrentUser.get();
        return CaseResponse.of(management.updateTreatmentSummary(id, request.toSummary(user.username()), user));
    }
}
