package org.careloop.referrals.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.careloop.referrals.referral.ReferralEvents.MessagePosted;
import org.careloop.support.problems.InvalidInputException;

/**
 * What one end of a referral wrote to the other on it ("Can you visit Thursday?" / "Yes, 10:00"): the text, who
 * wrote it in which role, from which end, when. Messages are never changed nor deleted; the event that announces
 * one carries no text.
 */
public final class Message {

    /** The longest message, in characters (Unicode code points, as people count them). */
    public static final int MAX_LENGTH = 4000;

    private final UUID id;
    private final UUID referralId;
    private final String text;
    private final String by;
    /** The writer's token subject (the username is for display). */
    private final String bySub;
    private final String role;
    private final Side side;
    private final Instant postedAt;

    private final List<Object> events = new ArrayList<>();

    Message(UUID id, UUID referralId, String text, String by, String bySub, String role, Side side,
            Instant postedAt) {
        this.id = id;
        this.referralId = referralId;
        this.text = text;
        this.by = by;
        this.bySub = bySub;
        this.role = role;
        this.side = side;
        this.postedAt = postedAt;
    }

    /**
     * A message on a sent referral (any status but draft: a closed one too, to ask why it was rejected), written
     * from the person's end of the loop: its text stripped, not blank, at most {@link #MAX_LENGTH} characters.
     */
    static Message post(Referral referral, String text, Side side, String by, String bySub, String role,
            Instant now) {
        if (referral.status() == ReferralStatus.DRAFT) {
            throw new ReferralNotSentException(referral.id());
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("text", "is required");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new InvalidInputException("text", "must be at most " + MAX_LENGTH + " characters");
        }
        Message message = new Message(UUID.randomUUID(), referral.id(), stripped, by, bySub, role, side, now);
        message.events.add(new MessagePosted(UUID.randomUUID(), referral.id(), message.id, referral.caseId(),
                referral.organizationId(), side, by, role, referral.requestedBy(), referral.requestedBySub(),
                referral.team(), now));
        return message;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public String text() {
        return text;
    }

    public String by() {
        return by;
    }

    String bySub() {
        return bySub;
    }

    public String role() {
        return role;
    }

    public Side side() {
        return side;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
