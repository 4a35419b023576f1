package org.careloop.cases.timeline;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline over HTTP: maps requests to {@link TimelineManagement} and entries to {@link TimelineEntryResponse}.
 */
@RestController
class TimelineController {

    private final TimelineManagement management;

    TimelineController(TimelineManagement management) {
        this.management = management;
    }

    @PostMapping("/api/cases/{caseId}/notes")
    ResponseEntity<TimelineEntryResponse> addNote(@PathVariable UUID caseId,
            @Valid @RequestBody NoteRequest request) {
        TimelineEntry note = management.addNote(caseId, request.text().strip(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/timeline#" + note.id()))
                .body(TimelineEntryResponse.of(note));
    }

    @GetMapping("/api/cases/{caseId}/timeline")
    PageResponse<TimelineEntryResponse> timeline(@PathVariable UUID caseId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageResponse<TimelineEntry> entries = management.page(caseId, page, size, CurrentUser.get());
        return new PageResponse<>(entries.items().stream().map(TimelineEntryResponse::of).toList(), entries.page(),
                entries.size(), entries.total());
    }

    record NoteRequest(@NotBlank @Size(max = 5000) String text) {
    }
}
