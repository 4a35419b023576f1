package org.careloop.cases.events;

import java.time.Instant;
import java.util.UUID;

import org.careloop.events.CloudEventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Wraps a contract record as a CloudEvent in Kafka's binary mode: attributes in headers, data as JSON value. */
class CloudEventMessages {

    private final String source;

    CloudEventMessages(String source) {
        this.source = source;
    }

    Message<Object> of(String type, UUID eventId, UUID caseId, Instant time, Object data) {
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
