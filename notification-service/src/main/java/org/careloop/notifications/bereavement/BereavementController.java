package org.careloop.notifications.bereavement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.support.problems.Problems;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.careloop.support.web.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BereavementController {

    private final BereavementPlanManagement plans;

    BereavementController(BereavementPlanManagement plans) {
        this.plans = plans;
    }

    record OutcomeRequest(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    }

    @GetMapping("/api/bereavement-plans")
    PageResponse<PlanResponse> plans(@RequestParam UUID caseId) {
        List<PlanResponse> found = plans.plansOf(caseId, CurrentUser.get()).stream().map(PlanResponse::of).toList();
        return new PageResponse<>(found, 0, found.size(), found.size());
    }

    @GetMapping("/api/bereavement-plans/{id}")
    PlanResponse plan(@PathVariable UUID id) {
        return PlanResponse.of(plans.plan(id, CurrentUser.get()));
    }

    @PostMapping("/api/bereavement-plans/{id}/follow-ups/{followUpId}/outcome")
    FollowUpResponse outcome(@PathVariable UUID id, @PathVariable UUID followUpId,
            @Valid @RequestBody OutcomeRequest request) {
        return FollowUpResponse.of(plans.recordOutcome(id, followUpId, request.outcome(),
                Text.blankToNull(request.note()), CurrentUser.get()));
    }

    @GetMapping("/api/follow-ups/due")
    List<DueFollowUpResponse> due(@RequestParam(required = false) LocalDate before) {
        return plans.due(before, CurrentUser.get()).stream().map(DueFollowUpResponse::of).toList();
    }

    /** How many follow-ups are due per case (the caseload's badges): every case, no cap. */
    @GetMapping("/api/follow-ups/due/per-case")
    List<DueCountResponse> duePerCase(@RequestParam(required = false) LocalDate before) {
        return plans.dueCounts(before, CurrentUser.get()).stream()
                .map(c -> new DueCountResponse(c.caseId(), c.due())).toList();
    }

    record DueCountResponse(UUID caseId, long due) {
    }

    @GetMapping("/api/follow-ups/summary")
    FollowUpSummaryResponse summary() {
        return FollowUpSummaryResponse.of(plans.summary(CurrentUser.get()));
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ProblemDetail notFound(PlanNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "bereavement-plan-not-found", "Bereavement plan not found",
                "There is no bereavement plan or follow-up with this id that you can see.");
    }

    @ExceptionHandler(FollowUpClosedException.class)
    ProblemDetail closed(FollowUpClosedException ex) {
        return Problems.of(HttpStatus.CONFLICT, "follow-up-closed", "Follow-up closed", ex.getMessage());
    }
}
