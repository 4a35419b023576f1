package org.careloop.events.referrals.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * One end of a referral wrote to the other on it. Never the text: a consumer tells the other end that there is a
 * message and links to the referral, where the text is read under access control. {@code postedBySide} is
 * {@code requester} (the social worker's end) or {@code receiver} (the receiving organization's); the requester's
 * {@code sub} and team say who at the requesting end hears of a message from the receiver.
 */
public record MessagePosted(UUID referralId, UUID messageId, UUID caseId, UUID organizationId, String postedBySide,
        String postedBy, String postedByRole, String requestedBy, String requestedBySub, String team,
        Instant postedAt) {

    public static final String TYPE = "careloop.referral.message-posted.v1";
}
