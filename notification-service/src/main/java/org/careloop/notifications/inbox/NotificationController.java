package org.careloop.notifications.inbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.careloop.support.problems.Problems;
import org.careloop.support.security.CareLoopUser;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;
    private final NotificationStream stream;
    private final StaffDirectory staff;
    private final Clock clock;

    NotificationController(Notifications notifications, NotificationStream stream, StaffDirectory staff,
            Clock clock) {
        this.notifications = notifications;
        this.stream = stream;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    PageResponse<NotificationResponse> inbox(@RequestParam(required = false) Boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CareLoopUser user = me();
        Notifications.Page found = notifications.inbox(user, Boolean.TRUE.equals(unread), page, size);
        return new PageResponse<>(found.items().stream()
                .map(item -> NotificationResponse.of(item.notification(), item.readAt())).toList(), page, size,
                found.total());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<?> read(@PathVariable UUID id) {
        CareLoopUser user = me();
        if (notifications.byId(id).filter(n -> n.visibleTo(user)).isEmpty()) {
            ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "notification-not-found",
                    "Notification not found", "There is no notification with this id for you.");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        notifications.markRead(id, user, clock.instant());
        return ResponseEntity.noContent().build();
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
        return stream.open(me(), token.getExpiresAt(), from);
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

    private static Long sequenceNumber(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    private CareLoopUser me() {
        CareLoopUser user = CurrentUser.get();
        staff.remember(user);
        return user;
    }
}
