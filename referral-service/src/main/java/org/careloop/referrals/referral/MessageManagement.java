package org.careloop.referrals.referral;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.careloop.support.access.GuardedAccess;
import org.careloop.support.security.CareLoopUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The conversation on a referral: either end of the loop writes to the other and both read the thread. Reached like
 * the referral itself, through {@link ReferralEnds} (a referral not theirs is a 404), each post and read audited;
 * a post stores the message and its event in one transaction.
 */
@Service
public class MessageManagement {

    private static final Logger log = LoggerFactory.getLogger(MessageManagement.class);

    private final Messages messages;
    private final ReferralEnds ends;
    private final ReferralManagement referrals;
    private final GuardedAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MessageManagement(Messages messages, ReferralEnds ends, ReferralManagement referrals, GuardedAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.ends = ends;
        this.referrals = referrals;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Writes on a referral from the person's end of the loop. */
    public Message post(UUID referralId, String text, CareLoopUser user) {
        referrals.awaitHoldingTheCaseOf(referralId, user);
        Message posted = access.change(ends, referralId, user, "POST_REFERRAL_MESSAGE", referral -> {
            Side side = ends.sideOf(referral, user).orElseThrow(() -> new ReferralNotFoundException(referralId));
            Message message = Message.post(referral, text, side, user.username(), user.subject(), user.mainRole(),
                    clock.instant());
            messages.insert(message);
            message.pullEvents().forEach(events::publishEvent);
            return message;
        });
        log.info("Posted message {} on referral {} from the {} end", posted.id(), referralId, posted.side());
        return posted;
    }

    /** The thread of a referral, oldest first. */
    public List<Message> thread(UUID referralId, CareLoopUser user) {
        referrals.awaitHoldingTheCaseOf(referralId, user);
        return access.read(ends, referralId, user, "READ_REFERRAL_MESSAGES", referral -> messages.of(referral.id()));
    }

    /** One message of a referral's thread. */
    public Message get(UUID referralId, UUID messageId, CareLoopUser user) {
        referrals.awaitHoldingTheCaseOf(referralId, user);
        return access.read(ends, referralId, user, "READ_REFERRAL_MESSAGE", referral -> messages
                .find(referral.id(), messageId).orElseThrow(() -> new MessageNotFoundException(messageId)));
    }
}
