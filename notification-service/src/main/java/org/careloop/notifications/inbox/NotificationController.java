package org.careloop.notifications.inbox;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.careloop.support.problems.Problems;
import org.careloop.support.security.CurrentUser;
import org.careloop.support.web.PageResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationManagement notifications;

    NotificationController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    PageResponse<NotificationResponse> inbox(@RequestParam(required = false) Boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        InboxPage found = notifications.inbox(CurrentUser.get(), Boolean.TRUE.equals(unread), page, size);
        return new PageResponse<>(found.entries().stream()
                .map(entry -> NotificationResponse.of(entry.notification(), entry.readAt())).toList(), page, size,
                found.total());
    }

    /** The mails that could not be sent, for admins, newest first, without their content or address. */
    @GetMapping("/mail-failures")
    PageResponse<MailFailureResponse> mailFailures(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        MailFailurePage found = notifications.mailFailures(CurrentUser.get(), page, size);
        return new PageResponse<>(found.items().stream().map(MailFailureResponse::of).toList(), page, size,
                found.total());
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id) {
        notifications.markRead(id, CurrentUser.get());
    }

    /**
     * The live stream. The browser's own reconnects send {@code Last-Event-ID}; a stream the dashboard opens again
     * after one ended for good cannot set headers, so it names the last id it saw as {@code ?lastEventId=}.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastSeen,
            @AuthenticationPrincipal Jwt token) {
        Long from = sequenceNumber(lastEventId);
        if (from == null) {
            from = sequenceNumber(lastSeen);
        }
        return notifications.openStream(CurrentUser.get(), token.getExpiresAt(), from);
    }

    @ExceptionHandler(NotificationNotFoundException.class)
    ProblemDetail notFound(NotificationNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "notification-not-found", "Notification not found",
                "There is no notification with this id for you.");
    }

    /** Answered here, not in the shared advice: it is the token's business, the 401 of the security layer. */
    @ExceptionHandler(TokenExpiredException.class)
    ResponseEntity<ProblemDetail> expired(TokenExpiredException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careloop\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                        "A valid access token is required."));
    }

    /** The sequence number a client names as the last it saw; anything else is no number (a stream from now). */
    private static Long sequenceNumber(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
