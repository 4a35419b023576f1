package org.careloop.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.careloop.events.Topics;
import org.junit.jupiter.api.Test;

/** Who may send an event: on each topic only its own producer, and only CloudEvents 1.0. */
class IncomingEventTests {

    @Test
    void anEventFromTheTopicsOwnProducerIsTakenIn() {
        assertThat(IncomingEvent.of(record(Topics.CASE_EVENTS, "1.0", Topics.CASE_SERVICE)).type())
                .isEqualTo("careloop.case.opened.v1");
        assertThat(IncomingEvent.of(record(Topics.REFERRAL_EVENTS, "1.0", Topics.REFERRAL_SERVICE))).isNotNull();
        assertThat(IncomingEvent.of(record(Topics.BEREAVEMENT_EVENTS, "1.0", Topics.NOTIFICATION_SERVICE)))
                .isNotNull();
    }

    @Test
    void anotherServiceWritingOnATopicIsAPoisonMessage() {
        assertThatThrownBy(() -> IncomingEvent.of(record(Topics.CASE_EVENTS, "1.0", Topics.REFERRAL_SERVICE)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_source is \"/careloop/referral");
        assertThatThrownBy(() -> IncomingEvent.of(record(Topics.BEREAVEMENT_EVENTS, "1.0", "/careloop/case-service ")))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> IncomingEvent.of(record(Topics.REFERRAL_EVENTS, "1.0", null)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_source is missing");
        assertThatThrownBy(() -> IncomingEvent.of(record("careloop.unknown", "1.0", Topics.CASE_SERVICE)))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void anotherSpecVersionIsAPoisonMessage() {
        assertThatThrownBy(() -> IncomingEvent.of(record(Topics.CASE_EVENTS, "0.3", Topics.CASE_SERVICE)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_specversion is \"0.3\"");
        assertThatThrownBy(() -> IncomingEvent.of(record(Topics.CASE_EVENTS, null, Topics.CASE_SERVICE)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_specversion is missing");
    }

    private static ConsumerRecord<String, String> record(String topic, String specVersion, String source) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, "key", "{}");
        Map<String, String> headers = new java.util.HashMap<>(Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "careloop.case.opened.v1", "ce_time", Instant.now().toString()));
        if (specVersion != null) {
            headers.put("ce_specversion", specVersion);
        }
        if (source != null) {
            headers.put("ce_source", source);
        }
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
