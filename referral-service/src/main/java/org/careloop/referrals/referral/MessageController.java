package org.careloop.referrals.referral;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.careloop.support.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The conversation on a referral, at both ends of the loop. */
@RestController
@RequestMapping("/api/referrals/{id}/messages")
class MessageController {

    private final MessageManagement management;

    MessageController(MessageManagement management) {
        this.management = management;
    }

    @PostMapping
    ResponseEntity<MessageResponse> postMessage(@PathVariable("id") UUID referralId,
            @RequestBody MessageRequest request) {
        Message posted = management.post(referralId, request == null ? null : request.text(),
                CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/referrals/" + referralId + "/messages/" + posted.id()))
                .body(MessageResponse.of(posted));
    }

    @GetMapping
    List<MessageResponse> messages(@PathVariable("id") UUID referralId) {
        return management.thread(referralId, CurrentUser.get()).stream().map(MessageResponse::of).toList();
    }

    @GetMapping("/{messageId}")
    MessageResponse message(@PathVariable("id") UUID referralId, @PathVariable UUID messageId) {
        return MessageResponse.of(management.get(referralId, messageId, CurrentUser.get()));
    }

    /** The text is checked by {@link Message}: required, at most 4,000 characters once stripped. */
    record MessageRequest(String text) {
    }

    /** A message as both ends read it. */
    record MessageResponse(UUID id, UUID referralId, String text, String by, String role, Side side,
            Instant postedAt) {

        static MessageResponse of(Message m) {
            return new MessageResponse(m.id(), m.referralId(), m.text(), m.by(), m.role(), m.side(), m.postedAt());
        }
    }
}
