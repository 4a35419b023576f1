package org.careloop.support.events;

import java.time.Instant;
import java.util.UUID;

import org.careloop.events.CloudEventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Wraps a contract record as a CloudEvent in Kafka's binary mode: attributes in headers, data as the JSON value,
 * the case id as the record key (so every event of one case lands on one partition).
 */
public class CloudEventMessages {

    private final String source;

    public CloudEventMessages(String source) {
        this.source = source;
    }

    /** The CloudEvents {@code source} of what this service publishes. */
    public String source() {
        return source;
    }

    public Message<Object> of(String type, UUID eventId, UUID caseId, Instant time, Object data) {
        return MessageBuilder.<Object>withPayload(data)
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.ID, eventId.toString())
                .setHeader(CloudEventHeaders.TYPE, type)
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TIME, time.toString())
                .setHeader(CloudEventHeaders.SUBJECT, caseId.toString())
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeader(KafkaHeaders.KEY, caseId.toString())
                .build();
    }
}
