package org.careloop.cases.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.referrals.v1.AnswerOverdue;
import org.careloop.events.referrals.v1.MessagePosted;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.events.referrals.v1.ReferralStatusChanged;
import org.careloop.support.events.IncomingEvent;
import org.careloop.support.events.PoisonEventException;
import org.careloop.support.events.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Puts each referral's steps on the case timeline, from referral-service's events: the social worker sees the
 * loop close where they see everything else. A message on the referral is an entry saying which side wrote, with
 * the link to the referral (never the text, which is read there under its own access check); a referral escalated
 * for want of an answer is an entry too. Idempotent by event id; what cannot be applied goes to the DLT.
 */
@Component
class ReferralEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ReferralEventsListener.class);

    private final TimelineManagement timeline;
    private final EventInbox inbox;

    ReferralEventsListener(TimelineManagement timeline, EventInbox inbox) {
        this.timeline = timeline;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.REFERRAL_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case ReferralRequested.TYPE -> {
                ReferralRequested requested = event.data(ReferralRequested.class);
                append(event, requested.caseId(), "REFERRAL_REQUESTED", requested.requestedBy(), detail(
                        "referralId", requested.referralId(), "serviceId", requested.serviceId(),
                        "organizationId", requested.organizationId(), "category", requested.category(),
                        "priority", requested.priority()));
            }
            case ReferralStatusChanged.TYPE -> {
                ReferralStatusChanged changed = event.data(ReferralStatusChanged.class);
                append(event, changed.caseId(), "REFERRAL_STATUS_CHANGED", changed.changedBy(), detail(
                        "referralId", changed.referralId(), "organizationId", changed.organizationId(),
                        "from", changed.previousStatus(), "to", changed.status(), "outcome", changed.outcome(),
                        "role", changed.changedByRole()));
            }
            case MessagePosted.TYPE -> {
                MessagePosted posted = event.data(MessagePosted.class);
                if (!"requester".equals(posted.postedBySide()) && !"receiver".equals(posted.postedBySide())) {
                    throw new PoisonEventException("Event " + event.id() + " names no side of the referral that wrote");
                }
                append(event, posted.caseId(), "REFERRAL_MESSAGE_POSTED", posted.postedBy(), detail(
                        "referralId", posted.referralId(), "messageId", posted.messageId(),
                        "organizationId", posted.organizationId(), "side", posted.postedBySide(),
                        "role", posted.postedByRole(), "link", link(posted.referralId())));
            }
            case AnswerOverdue.TYPE -> {
                AnswerOverdue overdue = event.data(AnswerOverdue.class);
                append(event, overdue.caseId(), "REFERRAL_ANSWER_OVERDUE", "referral-service", detail(
                        "referralId", overdue.referralId(), "organizationId", overdue.organizationId(),
                        "category", overdue.category(), "priority", overdue.priority(),
                        "answerDueAt", overdue.answerDueAt(), "link", link(overdue.referralId())));
            }
            default -> log.debug("Skipped referral event {} of type {}", event.id(), event.type());
        }
    }

    private void append(IncomingEvent event, UUID caseId, String kind, String actor, Map<String, Object> detail) {
        if (!timeline.recordFromElsewhere(caseId, event.time(), kind, actor, detail)) {
            throw new PoisonEventException("Event " + event.id() + " is about a case this service does not hold");
        }
    }

    /** Where the dashboard shows the referral. */
    private static String link(UUID referralId) {
        return "/referrals/" + referralId;
    }

    private static Map<String, Object> detail(Object... keysAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                detail.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
            }
        }
        return detail;
    }
}
