package org.careloop.support.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CloudEvent read from a Kafka record in binary mode; anything that is not one, or that was not sent by the
 * service that publishes on the record's topic, is a poison message (any client of the broker could write there).
 */
public record IncomingEvent(UUID id, String type, Instant time, String subject, String data) {

    private static final JsonMapper JSON = JsonMapper.builder()
            // producers may add fields in a later version of the same type
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        String time = header(record, CloudEventHeaders.TIME);
        if (id == null || type == null || time == null || record.value() == null) {
            throw new PoisonEventException("Not a CloudEvent: ce_id, ce_type, ce_time and data are required");
        }
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("Not a CloudEvent 1.0: ce_specversion is " + quoted(specVersion));
        }
        String source = header(record, CloudEventHeaders.SOURCE);
        String producer = Topics.producerOf(record.topic());
        if (producer == null || !producer.equals(source)) {
            throw new PoisonEventException("Event from an unexpected producer: ce_source is " + quoted(source)
                    + " on " + record.topic() + ", which only " + producer + " publishes on");
        }
        try {
            return new IncomingEvent(UUID.fromString(id), type, Instant.parse(time),
                    header(record, CloudEventHeaders.SUBJECT), record.value());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("Not a CloudEvent: bad ce_id or ce_time", e);
        }
    }

    /** The data as the contract record; data that does not fit it is a poison message. */
    public <T extends Record> T data(Class<T> type) {
        try {
            T data = JSON.readValue(this.data, type);
            if (data == null) {
                throw new PoisonEventException("Event " + id + " has no data");
            }
            return data;
        } catch (JacksonException e) {
            throw new PoisonEventException("Event " + id + " of type " + this.type + " has unreadable data", e);
        }
    }

    /** A header's value for a log line, cut short: it is whatever the sender wrote. */
    private static String quoted(String value) {
        return value == null ? "missing"
                : "\"" + (value.length() > 60 ? value.substring(0, 60) + "..." : value) + "\"";
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
