package org.careloop.cases.assessments;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.careloop.cases.assessments.Assessment.DomainScore;
import org.careloop.cases.casefile.CaseGuard;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.problems.InvalidInputException;
import org.careloop.support.web.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseId}/assessments")
class AssessmentController {

    private final CaseGuard guard;
    private final Assessments assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentController(CaseGuard guard, Assessments assessments, ApplicationEventPublisher events, Clock clock) {
        this.guard = guard;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Assessment> record(@PathVariable UUID caseId, @Valid @RequestBody AssessmentRequest request) {
        var user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        LocalDate assessedOn = request.assessedOn() == null ? today : request.assessedOn();
        if (assessedOn.isAfter(today)) {
            throw new InvalidInputException("assessedOn", "must not be in the future");
        }
        Assessment recorded = guard.change(caseId, user, "RECORD_ASSESSMENT", c -> {
            var assessment = new Assessment(UUID.randomUUID(), caseId, assessedOn, clock.instant(), user.username(),
                    request.social().toScore(), request.emotional().toScore(), request.spiritual().toScore(),
                    request.family().toScore(), request.financial().toScore(), request.practical().toScore(),
                    Text.blankToNull(request.summary()));
            assessments.insert(assessment);
            events.publishEvent(new AssessmentRecorded(UUID.randomUUID(), caseId, assessment.id(), user.username(),
                    assessment.recordedAt()));
            return assessment;
        });
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/assessments/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping
    List<Assessment> list(@PathVariable UUID caseId) {
        return guard.read(caseId, CurrentUser.get(), "LIST_ASSESSMENTS", c -> assessments.ofCase(caseId));
    }

    record AssessmentRequest(LocalDate assessedOn, @NotNull @Valid DomainRequest social,
            @NotNull @Valid DomainRequest emotional, @NotNull @Valid DomainRequest spiritual,
            @NotNull @Valid DomainRequest family, @NotNull @Valid DomainRequest financial,
            @NotNull @Valid DomainRequest practical, @Size(max = 4000) String summary) {
    }

    record DomainRequest(@NotNull @Min(0) @Max(3) Integer score, @Size(max = 2000) String notes) {

        DomainScore toScore() {
            return new DomainScore(score, Text.blankToNull(notes));
        }
    }
}
