package org.careloop.testing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft) for the whole test JVM, with CareLoop's topics and their dead-letter topics
 * created up front.
 */
public final class SharedKafka {

    public static final int PARTITIONS = 3;

    static final List<String> TOPICS = List.of("careloop.case-events", "careloop.referral-events",
            "careloop.bereavement-events");

    private final EmbeddedKafkaKraftBroker broker;

    private SharedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static SharedKafka start() {
        List<String> topics = new ArrayList<>();
        for (String topic : TOPICS) {
            topics.add(topic);
            topics.add(topic + "-dlt");
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, topics.toArray(String[]::new));
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        return new SharedKafka(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    public EmbeddedKafkaKraftBroker broker() {
        return broker;
    }

    void stop() {
        broker.destroy();
    }
}
