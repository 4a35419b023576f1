package org.careloop.cases.assessments;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.careloop.cases.assessments.Assessment.DomainScore;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessments over HTTP: maps requests to {@link AssessmentManagement} and assessments to
 * {@link AssessmentResponse}.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/assessments")
class AssessmentController {

    private final AssessmentManagement management;

    AssessmentController(AssessmentManagement management) {
        this.management = management;
    }

    @PostMapping
    ResponseEntity<AssessmentResponse> record(@PathVariable UUID caseId,
            @Valid @RequestBody AssessmentRequest request) {
        Assessment recorded = management.record(caseId, request.toNewAssessment(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/assessments/" + recorded.id()))
                .body(AssessmentResponse.of(recorded));
    }

    @GetMapping
    List<AssessmentResponse> list(@PathVariable UUID caseId) {
        return management.ofCase(caseId, CurrentUser.get()).stream().map(AssessmentResponse::of).toList();
    }

    record AssessmentRequest(LocalDate assessedOn, @NotNull @Valid DomainRequest social,
            @NotNull @Valid DomainRequest emotional, @NotNull @Valid DomainRequest spiritual,
            @NotNull @Valid DomainRequest family, @NotNull @Valid DomainRequest financial,
            @NotNull @Valid DomainRequest practical, @Size(max = 4000) String summary) {

        NewAssessment toNewAssessment() {
            return new NewAssessment(assessedOn, social.toScore(), emotional.toScore(), spiritual.toScore(),
                    family.toScore(), financial.toScore(), practical.toScore(), Text.blankToNull(summary));
        }
    }

    record DomainRequest(@NotNull @Min(0) @Max(3) Integer score, @Size(max = 2000) String notes) {

        DomainScore toScore() {
            return new DomainScore(score, Text.blankToNull(notes));
        }
    }
}
