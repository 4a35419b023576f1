package org.careloop.notifications.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.directory.v1.OrganizationChanged;
import org.careloop.support.events.EventInbox;
import org.careloop.support.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns each organization's intake address from referral-service's directory: the directory is the one place an
 * organization's contact for referrals is kept, and this service's copy follows it.
 */
@Component
class DirectoryEventsListener {

    private static final Logger log = LoggerFactory.getLogger(DirectoryEventsListener.class);

    private final StaffDirectory staff;
    private final EventInbox inbox;

    DirectoryEventsListener(StaffDirectory staff, EventInbox inbox) {
        this.staff = staff;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.DIRECTORY_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case OrganizationChanged.TYPE -> {
                OrganizationChanged changed = event.data(OrganizationChanged.class);
                staff.intakeChanged(changed.organizationId(), changed.intakeEmail(), changed.changedAt());
            }
            default -> log.debug("Skipped directory event {} of type {}", event.id(), event.type());
        }
    }
}
