package org.careloop.cases.casefile;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.CaseQuery.CaseSort;
import org.careloop.cases.casefile.CaseRequests.AssignmentRequest;
import org.careloop.cases.casefile.CaseRequests.DateOfDeathRequest;
import org.careloop.cases.casefile.CaseRequests.EnteredInErrorRequest;
import org.careloop.cases.casefile.CaseRequests.OpenCaseRequest;
import org.careloop.cases.casefile.CaseRequests.StatusChangeRequest;
import org.careloop.cases.casefile.CaseRequests.TreatmentSummaryRequest;
import org.careloop.cases.casefile.TreatmentSummary.Treatment;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.problems.InvalidInputException;
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
            @RequestParam(defaultValue = "openedAt,desc") @Size(max = 30) String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String[] sortParts = sort.split(",", 2);
        CaseSort by = switch (sortParts[0]) {
            case "openedAt" -> CaseSort.OPENED_AT;
            case "updatedAt" -> CaseSort.UPDATED_AT;
            case "patientName" -> CaseSort.PATIENT_NAME;
            case "status" -> CaseSort.STATUS;
            default -> throw new InvalidInputException("sort",
                    "must be one of openedAt, updatedAt, patientName, status, optionally followed by ,asc or ,desc");
        };
        String direction = sortParts.length > 1 ? sortParts[1].toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInputException("sort", "direction must be asc or desc");
        }
        if (status != null && status.contains(null)) { // an empty or blank value converts to no status at all
            throw new InvalidInputException("status", "must be one of " + java.util.Arrays.toString(CaseStatus.values()));
        }
        EnumSet<CaseStatus> statuses = status == null || status.isEmpty()
                ? EnumSet.noneOf(CaseStatus.class) : EnumSet.copyOf(status);
        CaseQuery query = new CaseQuery(statuses, q, CaseRequests.blankToNull(assignedTo), by,
                direction.equals("desc"), page, size);
        CasePage result = management.list(query, CurrentUser.get());
        return new PageResponse<>(result.items().stream().map(CaseResponse::of).toList(), page, size,
                result.total());
    }

    @GetMapping("/{id}")
    CaseResponse get(@PathVariable UUID id) {
        return CaseResponse.of(management.get(id, CurrentUser.get()));
    }

    @PostMapping("/{id}/status")
    CaseResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChangeRequest request) {
        return CaseResponse.of(management.changeStatus(id, request.status(),
                CaseRequests.blankToNull(request.reason()), request.dateOfDeath(), CurrentUser.get()));
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
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<Treatment> treatments = new ArrayList<>();
        for (int i = 0; i < request.treatments().size(); i++) {
            var t = request.treatments().get(i);
            if (t.startedOn() != null && t.endedOn() != null && t.endedOn().isBefore(t.startedOn())) {
                errors.add(new InvalidInputException.FieldError("treatments[" + i + "].endedOn",
                        "must not be before startedOn"));
            }
            if (t.endedOn() != null && t.endedOn().isAfter(LocalDate.now().plusDays(1))) {
                errors.add(new InvalidInputException.FieldError("treatments[" + i + "].endedOn",
                        "must not be in the future"));
            }
            treatments.add(new Treatment(t.kind(), t.status(), t.startedOn(), t.endedOn(),
                    CaseRequests.blankToNull(t.notes())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var user = CurrentUser.get();
        TreatmentSummary summary = new TreatmentSummary(treatments,
                request.symptomMedications() == null ? List.of() : request.symptomMedications(),
                request.holisticTherapies() == null ? List.of() : request.holisticTherapies(),
                CaseRequests.blankToNull(request.notes()), user.username());
        return CaseResponse.of(management.updateTreatmentSummary(id, summary, user));
    }
}
