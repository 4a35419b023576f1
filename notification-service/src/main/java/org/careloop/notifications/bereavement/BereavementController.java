package org.careloop.notifications.bereavement;

import java.time.Clock;
import java.time.Instant;
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

    private final BereavementPlanning planning;
    private final Clock clock;

    BereavementController(BereavementPlanning planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    record PlanResponse(UUID id, UUID caseId, UUID familyMemberId, String relationship, String risk, String status,
            LocalDate dateOfDeath, Instant activatedAt, Instant endedAt, List<FollowUp> followUps) {

        static PlanResponse of(BereavementPlan p) {
            return new PlanResponse(p.id(), p.caseId(), p.familyMemberId(), p.relationship(), p.risk().name(),
                    p.status().name(), p.dateOfDeath(), p.activatedAt(), p.endedAt(), p.followUps());
        }
    }

    record OutcomeRequest(@NotNull Outcome outcome, @Size(max = 2000) String note) {
    }

    @GetMapping("/api/bereavement-plans")
    PageResponse<PlanResponse> plans(@RequestParam UUID caseId) {
        List<PlanResponse> plans = planning.plansOf(caseId, CurrentUser.get()).stream().map(PlanResponse::of).toList();
        return new PageResponse<>(plans, 0, plans.size(), plans.size());
    }

    @GetMapping("/api/bereavement-plans/{id}")
    PlanResponse plan(@PathVariable UUID id) {
        return PlanResponse.of(planning.plan(id, CurrentUser.get()));
    }

    @PostMapping("/api/bereavement-plans/{id}/follow-ups/{followUpId}/outcome")
    FollowUp outcome(@PathVariable UUID id, @PathVariable UUID followUpId, @Valid @RequestBody OutcomeRequest request) {
        return planning.recordOutcome(id, followUpId, request.outcome(), Text.blankToNull(request.note()),
                CurrentUser.get());
    }

    @GetMapping("/api/follow-ups/due")
    List<Plans.Due> due(@RequestParam(required = false) LocalDate before) {
        return planning.due(before == null ? LocalDate.now(clock) : before, CurrentUser.get());
    }

    record KeepingResponse(long done, long doneOnTime, long overdue, int graceDays) {
    }

    @GetMapping("/api/follow-ups/summary")
    KeepingResponse summary() {
        Plans.Keeping keeping = planning.keeping(CurrentUser.get());
        return new KeepingResponse(keeping.done(), keeping.doneOnTime(), keeping.overdue(),
                BereavementPlanning.ON_TIME_GRACE_DAYS);
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
