package org.careloop.referrals.cases;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.events.cases.v1.DeathDateCorrected;
import org.careloop.events.cases.v1.DeathEnteredInError;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.support.events.IncomingEvent;
import org.careloop.support.events.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case read model from case-service's events. Each event's effect and its id in
 * {@code processed_event} commit together; a failure is retried with back-off, then sent to the dead-letter topic.
 */
@Component
class CaseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final CaseViews views;
    private final EventInbox inbox;

    CaseEventsListener(CaseViews views, EventInbox inbox) {
        this.views = views;
        this.inbox = inbox;
    }

    @KafkaListener(topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        UUID caseId = switch (event.type()) {
            case CaseOpened.TYPE -> {
                CaseOpened opened = event.data(CaseOpened.class);
                views.assigned(opened.caseId(), opened.assignedWorker(), opened.assignedWorkerSub(), opened.team(),
                        event.time());
                views.statusChanged(opened.caseId(), opened.status(), event.time());
                yield opened.caseId();
            }
            case CaseAssigned.TYPE -> {
                CaseAssigned assigned = event.data(CaseAssigned.class);
                views.assigned(assigned.caseId(), assigned.assignedWorker(), assigned.assignedWorkerSub(),
                        assigned.team(), event.time());
                yield assigned.caseId();
            }
            case CaseStatusChanged.TYPE -> {
                CaseStatusChanged changed = event.data(CaseStatusChanged.class);
                views.assigned(changed.caseId(), changed.assignedWorker(), changed.assignedWorkerSub(),
                        changed.team(), event.time());
                views.statusChanged(changed.caseId(), changed.status(), event.time());
                yield changed.caseId();
            }
            case PatientDied.TYPE -> {
                PatientDied died = event.data(PatientDied.class);
                views.death(died.caseId(), died.dateOfDeath(), event.time());
                yield died.caseId();
            }
            case DeathDateCorrected.TYPE -> {
                DeathDateCorrected corrected = event.data(DeathDateCorrected.class);
                views.death(corrected.caseId(), corrected.dateOfDeath(), event.time());
                yield corrected.caseId();
            }
            case DeathEnteredInError.TYPE -> {
                // the patient is alive: the case is back where it was, and referrals for the patient are taken again
                DeathEnteredInError error = event.data(DeathEnteredInError.class);
                views.death(error.caseId(), null, event.time());
                views.statusChanged(error.caseId(), error.status(), event.time());
                yield error.caseId();
            }
            case FamilyMemberAdded.TYPE -> {
                FamilyMemberAdded added = event.data(FamilyMemberAdded.class);
                views.familyMemberAdded(added.caseId(), added.familyMemberId(), event.time());
                yield added.caseId();
            }
            // types added later are not this service's concern
            default -> {
                log.debug("Skipped case event {} of type {}", event.id(), event.type());
                yield null;
            }
        };
        if (caseId != null) {
            // requests waiting for this case look again once the change is committed (read your own writes)
            views.changed(caseId);
        }
    }
}
