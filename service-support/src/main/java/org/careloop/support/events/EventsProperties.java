package org.careloop.support.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the events every service publishes and consumes, under {@code careloop.events}.
 *
 * @param source the CloudEvents {@code source} of the events this service publishes
 */
@ConfigurationProperties("careloop.events")
public record EventsProperties(String source, @DefaultValue Outbox outbox, @DefaultValue Consumer consumer) {

    /** How failed publications are resubmitted: the outbox's safety net, not its hot path. */
    public record Outbox(@DefaultValue("5s") Duration resubmitEvery, @DefaultValue("500") int batchSize) {
    }

    /** How often a failing event is retried, with exponential back-off, before it goes to the dead-letter topic. */
    public record Consumer(@DefaultValue("6") int retries, @DefaultValue("200ms") Duration initialBackOff,
            @DefaultValue("5s") Duration maxBackOff) {
    }
}
