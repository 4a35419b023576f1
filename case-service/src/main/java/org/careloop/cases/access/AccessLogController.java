package org.careloop.cases.access;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log over HTTP: maps requests to {@link AccessLogManagement}, records to {@link AccessRecordResponse}. */
@RestController
class AccessLogController {

    private final AccessLogManagement management;

    AccessLogController(AccessLogManagement management) {
        this.management = management;
    }

    @GetMapping("/api/cases/{caseId}/access-log")
    PageResponse<AccessRecordResponse> accessLog(@PathVariable UUID caseId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        PageResponse<AccessRecord> records = management.of(caseId, page, size, CurrentUser.get());
        return new PageResponse<>(records.items().stream().map(AccessRecordResponse::of).toList(), records.page(),
                records.size(), records.total());
    }
}
