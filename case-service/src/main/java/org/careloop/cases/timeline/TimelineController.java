package org.careloop.cases.timeline;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.careloop.cases.casefile.CaseGuard;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private final CaseGuard guard;
    private final Timeline timeline;
    private final Clock clock;

    TimelineController(CaseGuard guard, Timeline timeline, Clock clock) {
        this.guard = guard;
        this.timeline = timeline;
        this.clock = clock;
    }

    @PostMapping("/api/cases/{caseId}/notes")
    ResponseEntity<TimelineEntry> addNote(@PathVariable UUID caseId, @Valid @RequestBody NoteRequest request) {
        var user = CurrentUser.get();
        TimelineEntry note = guard.change(caseId, user, "ADD_NOTE", c -> {
            var entry = new TimelineEntry(UUID.randomUUID(), caseId, clock.instant(), TimelineEntry.NOTE,
                    user.username(), request.text().strip(), Map.of());
            timeline.append(entry);
            return entry;
        });
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/timeline#" + note.id())).body(note);
    }

    @GetMapping("/api/cases/{caseId}/timeline")
    PageResponse<TimelineEntry> timeline(@PathVariable UUID caseId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return guard.read(caseId, CurrentUser.get(), "READ_TIMELINE",
                c -> new PageResponse<>(timeline.page(caseId, page, size), page, size, timeline.count(caseId)));
    }

    record NoteRequest(@NotBlank @Size(max = 5000) String text) {
    }
}
