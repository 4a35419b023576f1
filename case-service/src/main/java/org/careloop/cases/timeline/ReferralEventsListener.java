package org.careloop.cases.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
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
 * loop close where they see everything else. Idempotent by event id; what cannot be applied goes to the DLT.
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
            default -> log.debug("Skipped referral event {} of type {}", event.id(), event.type());
        }
    }

    private void append(IncomingEvent event, UUID caseId, String kind, String actor, Map<String, Object> detail) {
        if (!timeline.recordFromElsewhere(caseId, event.time(), kind, actor, detail)) {
            throw new PoisonEventException("Event " + event.id() + " is about a case this service does not hold");
        }
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
