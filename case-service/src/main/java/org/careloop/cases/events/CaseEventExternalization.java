package org.careloop.cases.events;

import java.util.Set;

import org.careloop.cases.casefile.CaseEvents.CaseAssigned;
import org.careloop.cases.casefile.CaseEvents.CaseOpened;
import org.careloop.cases.casefile.CaseEvents.CaseStatusChanged;
import org.careloop.cases.casefile.CaseEvents.DeathDateCorrected;
import org.careloop.cases.casefile.CaseEvents.DeathEnteredInError;
import org.careloop.cases.casefile.CaseEvents.PatientDied;
import org.careloop.cases.family.FamilyMemberAdded;
import org.careloop.events.Topics;
import org.careloop.support.events.CloudEventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which internal events leave case-service, and as what: each is mapped to its public v1 contract record and
 * sent on {@code careloop.case-events} keyed by case id, through Spring Modulith's event publication registry
 * (the outbox: stored with the change, sent after commit, resubmitted until the broker takes it).
 */
@Configuration(proxyBeanMethods = false)
class CaseEventExternalization {

    private static final Set<Class<?>> PUBLIC = Set.of(CaseOpened.class, CaseAssigned.class,
            CaseStatusChanged.class, PatientDied.class, DeathDateCorrected.class, DeathEnteredInError.class,
            FamilyMemberAdded.class);

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(CloudEventMessages cloudEvents) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(PUBLIC::contains)
                .mapping(CaseOpened.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.CaseOpened.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.cases.v1.CaseOpened(e.caseId(), "OPEN", e.assignedWorker(), e.team(),
                                e.occurredAt(), e.assignedWorkerSub())))
                .mapping(CaseAssigned.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.CaseAssigned.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.cases.v1.CaseAssigned(e.caseId(), e.previousWorker(),
                                e.assignedWorker(), e.team(), e.occurredAt(), e.assignedWorkerSub())))
                .mapping(CaseStatusChanged.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.CaseStatusChanged.TYPE, e.eventId(), e.caseId(),
                        e.occurredAt(),
                        new org.careloop.events.cases.v1.CaseStatusChanged(e.caseId(), e.previousStatus().name(),
                                e.status().name(), e.assignedWorker(), e.team(), e.occurredAt(),
                                e.assignedWorkerSub())))
                .mapping(PatientDied.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.PatientDied.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.cases.v1.PatientDied(e.caseId(), e.dateOfDeath(), e.assignedWorker(),
                                e.team(), e.occurredAt(), e.assignedWorkerSub())))
                .mapping(DeathDateCorrected.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.DeathDateCorrected.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.cases.v1.DeathDateCorrected(e.caseId(), e.previousDateOfDeath(),
                                e.dateOfDeath(), e.assignedWorker(), e.team(), e.occurredAt())))
                .mapping(DeathEnteredInError.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.DeathEnteredInError.TYPE, e.eventId(), e.caseId(),
                        e.occurredAt(),
                        new org.careloop.events.cases.v1.DeathEnteredInError(e.caseId(), e.restoredStatus().name(),
                                e.assignedWorker(), e.team(), e.occurredAt())))
                .mapping(FamilyMemberAdded.class, e -> cloudEvents.of(
                        org.careloop.events.cases.v1.FamilyMemberAdded.TYPE, e.eventId(), e.caseId(),
                        e.occurredAt(),
                        new org.careloop.events.cases.v1.FamilyMemberAdded(e.caseId(), e.familyMemberId(),
                                e.relationship(), e.bereavementRisk().name(), e.occurredAt())))
                .routeAll(e -> RoutingTarget.forTarget(Topics.CASE_EVENTS).andKey(caseIdOf(e)))
                .build();
    }

    private static String caseIdOf(Object event) {
        return switch (event) {
            case CaseOpened e -> e.caseId().toString();
            case CaseAssigned e -> e.caseId().toString();
            case CaseStatusChanged e -> e.caseId().toString();
            case PatientDied e -> e.caseId().toString();
            case DeathDateCorrected e -> e.caseId().toString();
            case DeathEnteredInError e -> e.caseId().toString();
            case FamilyMemberAdded e -> e.caseId().toString();
            default -> throw new IllegalArgumentException("Not a public case event: " + event.getClass());
        };
    }
}
