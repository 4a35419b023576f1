package org.careloop.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careloop.events.Topics;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plays another service: publishes contract records as CloudEvents (binary mode, as the CareLoop services do) to
 * the shared broker, or anything at all, for consumer tests.
 */
public final class CloudEventSender implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer;

    private CloudEventSender(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
    }

    public static CloudEventSender toSharedBroker() {
        return new CloudEventSender(CareLoopTestInfrastructure.get().kafka().bootstrapServers());
    }

    /** Plays another service on a given broker (a whole stack's, say). */
    public static CloudEventSender to(String bootstrapServers) {
        return new CloudEventSender(bootstrapServers);
    }

    /** Sends the record as a CloudEvent keyed by the case; returns the event id. */
    public UUID send(String topic, String type, UUID caseId, Instant time, Object data) {
        UUID id = UUID.randomUUID();
        send(topic, id, type, caseId, time, data);
        return id;
    }

    /** Sends with a given event id: to deliver the same event twice. The source is the topic's own producer. */
    public void send(String topic, UUID eventId, String type, UUID caseId, Instant time, Object data) {
        sendRaw(topic, caseId.toString(), Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId.toString(),
                "ce_type", type,
                "ce_source", Topics.producerOf(topic),
                "ce_time", time.toString(),
                "ce_subject", caseId.toString(),
                "content-type", "application/json"), JSON.writeValueAsString(data));
    }

    public void sendRaw(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test event to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
