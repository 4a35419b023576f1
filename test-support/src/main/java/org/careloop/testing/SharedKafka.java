package org.careloop.testing;

import org.careloop.servers.CareLoopTopics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft) for the whole test JVM, with CareLoop's topics and their dead-letter topics
 * created up front.
 */
public final class SharedKafka {

    private final EmbeddedKafkaKraftBroker broker;

    private SharedKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static SharedKafka start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, CareLoopTopics.PARTITIONS,
                CareLoopTopics.names().toArray(String[]::new));
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
