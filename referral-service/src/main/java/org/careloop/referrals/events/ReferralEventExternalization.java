package org.careloop.referrals.events;

import java.util.Set;

import org.careloop.events.Topics;
import org.careloop.referrals.directory.OrganizationChanged;
import org.careloop.referrals.referral.ReferralEvents.AnswerOverdue;
import org.careloop.referrals.referral.ReferralEvents.MessagePosted;
import org.careloop.referrals.referral.ReferralEvents.ReferralRequested;
import org.careloop.referrals.referral.ReferralEvents.ReferralStatusChanged;
import org.careloop.support.events.CloudEventMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Referral events leave through the outbox as their v1 contract records on {@code careloop.referral-events},
 * keyed by case id: ids and codes only. The directory's changes leave the same way on
 * {@code careloop.directory-events}, keyed by organization id.
 */
@Configuration(proxyBeanMethods = false)
class ReferralEventExternalization {

    private static final Set<Class<?>> PUBLIC = Set.of(ReferralRequested.class, ReferralStatusChanged.class,
            OrganizationChanged.class, MessagePosted.class, AnswerOverdue.class);

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(CloudEventMessages cloudEvents) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(PUBLIC::contains)
                .mapping(ReferralRequested.class, e -> cloudEvents.of(
                        org.careloop.events.referrals.v1.ReferralRequested.TYPE, e.eventId(), e.caseId(),
                        e.occurredAt(),
                        new org.careloop.events.referrals.v1.ReferralRequested(e.referralId(), e.caseId(),
                                e.serviceId(), e.organizationId(), e.category().code(), e.priority().code(),
                                e.requestedBy(), e.team(), e.occurredAt(), e.requestedBySub())))
                .mapping(ReferralStatusChanged.class, e -> cloudEvents.of(
                        org.careloop.events.referrals.v1.ReferralStatusChanged.TYPE, e.eventId(), e.caseId(),
                        e.occurredAt(),
                        new org.careloop.events.referrals.v1.ReferralStatusChanged(e.referralId(), e.caseId(),
                                e.organizationId(), e.previousStatus().code(), e.status().code(),
                                e.outcome() == null ? null : e.outcome().code(), e.changedBy(), e.changedByRole(),
                                e.requestedBy(), e.team(), e.occurredAt(), e.requestedBySub())))
                .mapping(MessagePosted.class, e -> cloudEvents.of(
                        org.careloop.events.referrals.v1.MessagePosted.TYPE, e.eventId(), e.caseId(), e.postedAt(),
                        new org.careloop.events.referrals.v1.MessagePosted(e.referralId(), e.messageId(), e.caseId(),
                                e.organizationId(), e.postedBySide().code(), e.postedBy(), e.postedByRole(),
                                e.requestedBy(), e.requestedBySub(), e.team(), e.postedAt())))
                .mapping(AnswerOverdue.class, e -> cloudEvents.of(
                        org.careloop.events.referrals.v1.AnswerOverdue.TYPE, e.eventId(), e.caseId(), e.escalatedAt(),
                        new org.careloop.events.referrals.v1.AnswerOverdue(e.referralId(), e.caseId(),
                                e.organizationId(), e.category().code(), e.priority().code(), e.requestedAt(),
                                e.answerDueAt(), e.requestedBy(), e.requestedBySub(), e.team(), e.escalatedAt())))
                .mapping(OrganizationChanged.class, e -> cloudEvents.of(
                        org.careloop.events.directory.v1.OrganizationChanged.TYPE, e.eventId(), e.organizationId(),
                        e.occurredAt(),
                        new org.careloop.events.directory.v1.OrganizationChanged(e.organizationId(),
                                e.intakeEmail(), e.occurredAt())))
                .routeAll(e -> e instanceof OrganizationChanged changed
                        ? RoutingTarget.forTarget(Topics.DIRECTORY_EVENTS).andKey(changed.organizationId().toString())
                        : RoutingTarget.forTarget(Topics.REFERRAL_EVENTS).andKey(caseIdOf(e)))
                .build();
    }

    private static String caseIdOf(Object event) {
        return switch (event) {
            case ReferralRequested e -> e.caseId().toString();
            case ReferralStatusChanged e -> e.caseId().toString();
            case MessagePosted e -> e.caseId().toString();
            case AnswerOverdue e -> e.caseId().toString();
            default -> throw new IllegalArgumentException("Not a public referral event: " + event.getClass());
        };
    }
}
