package org.careloop.cases.casefile;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.bereavement.v1.PlanActivated;
import org.careloop.events.bereavement.v1.PlanCompleted;
import org.careloop.support.events.EventInbox;
import org.careloop.support.events.IncomingEvent;
import org.careloop.support.events.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows the family's bereavement plans from notification-service: the case enters BEREAVEMENT when the first
 * plan starts, and may close once every plan has ended. Idempotent by event id; what cannot apply goes to the DLT.
 */
@Component
class BereavementEventsListener {

    private static final Logger log = LoggerFactory.getLogger(BereavementEventsListener.class);

    private final CaseManagement management;
    private final EventInbox inbox;

    BereavementEventsListener(CaseManagement management, EventInbox inbox) {
        this.management = management;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.BEREAVEMENT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            boolean known = switch (event.type()) {
                case PlanActivated.TYPE -> {
                    PlanActivated activated = event.data(PlanActivated.class);
                    yield management.bereavementPlanChanged(activated.caseId(), activated.planId(),
                            activated.familyMemberId(), "active",
                            event.time());
                }
                case PlanCompleted.TYPE -> {
                    PlanCompleted completed = event.data(PlanCompleted.class);
                    yield management.bereavementPlanChanged(completed.caseId(), completed.planId(),
                            completed.familyMemberId(), completed.outcome(), event.time());
                }
                default -> {
                    log.debug("Skipped bereavement event {} of type {}", event.id(), event.type());
                    yield true;
                }
            };
            if (!known) {
                throw new PoisonEventException("Event " + event.id() + " is about a case this service does not hold");
            }
        });
    }
}
