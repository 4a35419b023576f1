package org.careloop.cases.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of case-service under {@code careloop.cases}. */
@ConfigurationProperties("careloop.cases")
public record CaseServiceProperties(@DefaultValue("/careloop/case-service") String eventSource,
        @DefaultValue("UTC") String zone, @DefaultValue Outbox outbox) {

    /** How incomplete event publications are resubmitted: the outbox's safety net, not its hot path. */
    public record Outbox(@DefaultValue("10s") Duration resubmitEvery, @DefaultValue("30s") Duration resubmitOlderThan) {
    }
}
