package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * The broker runs {@code kafka.Kafka} from this module's own classpath: no spring-kafka-test here, so the
 * {@code kafka_2.13} dependency alone must bring all the broker needs, as on the local run's classpath.
 */
class KafkaBrokerProcessTests {

    @Test
    void startsWithCareLoopsTopicsAndKeepsWhatItHeldAcrossARestart() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.onFreePorts()) {
            broker.start();

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                        .containsAll(CareLoopTopics.names());
                assertThat(admin.describeTopics(List.of(Topics.CASE_EVENTS)).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get(Topics.CASE_EVENTS).partitions()).hasSize(CareLoopTopics.PARTITIONS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, "case-1", "opened")).get(30, TimeUnit.SECONDS);
            }

            broker.stop();
            broker.start();

            assertThat(read(broker.bootstrapServers(), Topics.CASE_EVENTS)).containsExactly("case-1=opened");
        }
    }

    private static List<String> read(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int partition = 0; partition < CareLoopTopics.PARTITIONS; partition++) {
                partitions.add(new TopicPartition(topic, partition));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> records = new ArrayList<>();
            Awaitility.await("the record on " + topic).atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
                return !records.isEmpty();
            });
            return records;
        }
    }
}
