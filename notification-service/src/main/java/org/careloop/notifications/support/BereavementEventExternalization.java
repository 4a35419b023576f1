package org.careloop.notifications.support;

import java.util.Set;

import org.careloop.events.Topics;
import org.careloop.notifications.bereavement.PlanEvents.PlanActivated;
import org.careloop.notifications.bereavement.PlanEvents.PlanEnded;
import org.careloop.support.events.CloudEventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/** Plan milestones leave through the outbox as v1 contracts on {@code careloop.bereavement-events}, keyed by case. */
@Configuration(proxyBeanMethods = false)
class BereavementEventExternalization {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(CloudEventMessages cloudEvents) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(Set.of(PlanActivated.class, PlanEnded.class)::contains)
                .mapping(PlanActivated.class, e -> cloudEvents.of(
                        org.careloop.events.bereavement.v1.PlanActivated.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.bereavement.v1.PlanActivated(e.planId(), e.caseId(),
                                e.familyMemberId(), e.risk(), e.dateOfDeath(), e.followUps(), e.occurredAt())))
                .mapping(PlanEnded.class, e -> cloudEvents.of(
                        org.careloop.events.bereavement.v1.PlanCompleted.TYPE, e.eventId(), e.caseId(), e.occurredAt(),
                        new org.careloop.events.bereavement.v1.PlanCompleted(e.planId(), e.caseId(),
                                e.familyMemberId(), e.outcome(), e.occurredAt())))
                .routeAll(e -> RoutingTarget.forTarget(Topics.BEREAVEMENT_EVENTS).andKey(switch (e) {
                    case PlanActivated a -> a.caseId().toString();
                    case PlanEnded ended -> ended.caseId().toString();
                    default -> throw new IllegalArgumentException("Not a public bereavement event: " + e.getClass());
                }))
                .build();
    }
}
