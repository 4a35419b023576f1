package org.careloop.notifications.cases;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseAssigned;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.events.cases.v1.DeathDateCorrected;
import org.careloop.events.cases.v1.DeathEnteredInError;
import org.careloop.events.cases.v1.FamilyMemberAdded;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.support.events.EventInbox;
import org.careloop.support.events.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case read model from case-service's events and tells the bereavement planning of deaths, corrections
 * and family members, in the same transaction (idempotent by event id; retries, then the DLT).
 */
@Component
class CaseEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final CaseViews views;
    private final EventInbox inbox;
    private final ApplicationEventPublisher changes;

    CaseEventsListener(CaseViews views, EventInbox inbox, ApplicationEventPublisher changes) {
        this.views = views;
        this.inbox = inbox;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.CASE_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case CaseOpened.TYPE -> {
                CaseOpened opened = event.data(CaseOpened.class);
                views.assigned(opened.caseId(), opened.assignedWorker(), opened.assignedWorkerSub(), opened.team(),
                        event.time());
            }
            case CaseAssigned.TYPE -> {
                CaseAssigned assigned = event.data(CaseAssigned.class);
                views.assigned(assigned.caseId(), assigned.assignedWorker(), assigned.assignedWorkerSub(),
                        assigned.team(), event.time());
            }
            case CaseStatusChanged.TYPE -> {
                CaseStatusChanged changed = event.data(CaseStatusChanged.class);
                views.assigned(changed.caseId(), changed.assignedWorker(), changed.assignedWorkerSub(),
                        changed.team(), event.time());
            }
            case PatientDied.TYPE -> {
                PatientDied died = event.data(PatientDied.class);
                views.assigned(died.caseId(), died.assignedWorker(), died.assignedWorkerSub(), died.team(),
                        event.time());
                if (views.death(died.caseId(), died.dateOfDeath(), event.time())) {
                    changes.publishEvent(new CaseChanges.PatientDied(died.caseId(), died.dateOfDeath()));
                }
            }
            case DeathDateCorrected.TYPE -> {
                DeathDateCorrected corrected = event.data(DeathDateCorrected.class);
                if (views.death(corrected.caseId(), corrected.dateOfDeath(), event.time())) {
                    changes.publishEvent(new CaseChanges.DeathDateCorrected(corrected.caseId(),
                            corrected.dateOfDeath()));
                }
            }
            case DeathEnteredInError.TYPE -> {
                DeathEnteredInError error = event.data(DeathEnteredInError.class);
                if (views.death(error.caseId(), null, event.time())) {
                    changes.publishEvent(new CaseChanges.DeathEnteredInError(error.caseId()));
                }
            }
            case FamilyMemberAdded.TYPE -> {
                FamilyMemberAdded added = event.data(FamilyMemberAdded.class);
                FamilyMember member = new FamilyMember(added.familyMemberId(), added.caseId(), added.relationship(),
                        added.bereavementRisk());
                views.familyMemberAdded(member, event.time());
                changes.publishEvent(new CaseChanges.FamilyMemberJoined(member));
            }
            default -> log.debug("Skipped case event {} of type {}", event.id(), event.type());
        }
    }
}
