package org.careloop.support.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.careloop.events.CloudEventHeaders;
import org.careloop.events.Topics;
import org.careloop.events.audit.v1.AuditChainAnchored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heads of audit chains on {@code careloop.audit-anchors}, outside the databases that hold the chains: publishes
 * one (a CloudEvent, key = the chain) and tells the newest published for a chain. The topic is compacted, so it keeps
 * at least the newest head of every chain; this reads it from its start once, then only what was added since.
 * Called from one scheduled task at a time; every call waits seconds at most for the broker.
 */
public class AuditAnchors implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> producerSettings;
    private final Map<String, Object> consumerSettings;
    private final Map<String, Object> adminSettings;
    private final String source;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private boolean topicReady;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private List<TopicPartition> partitions;
    /** The newest head read for each chain, by chain. */
    private final Map<String, AuditChainAnchored> newest = new HashMap<>();

    AuditAnchors(Map<String, Object> producerSettings, Map<String, Object> consumerSettings,
            Map<String, Object> adminSettings, String source) {
        this.producerSettings = new HashMap<>(producerSettings);
        this.producerSettings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producerSettings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producerSettings.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.consumerSettings = new HashMap<>(consumerSettings);
        // no consumer group: every instance reads the whole topic, and nothing is committed
        this.consumerSettings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerSettings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumerSettings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumerSettings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.adminSettings = Map.copyOf(adminSettings);
        this.source = source;
    }

    /** Publishes the head of a chain and waits for the broker to take it. */
    public synchronized void publish(AuditChainAnchored anchor) {
        ensureTopic();
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AUDIT_ANCHORS, anchor.chain(),
                json.writeValueAsString(anchor));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, AuditChainAnchored.TYPE);
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TIME, anchor.anchoredAt().toString());
        header(record, CloudEventHeaders.SUBJECT, anchor.chain());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings);
        }
        try {
            producer.send(record).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("Could not publish the head of audit chain " + anchor.chain(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException(e);
        }
    }

    /** The newest head published for the chain, as the topic holds it now; empty when none was. */
    public synchronized Optional<AuditChainAnchored> newest(String chain) {
        ensureTopic();
        try {
            readToTheEnd();
        } catch (RuntimeException e) {
            // read it all again next time, from a new consumer
            closeConsumer();
            throw e;
        }
        return Optional.ofNullable(newest.get(chain));
    }

    private void readToTheEnd() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(consumerSettings);
            partitions = consumer.partitionsFor(Topics.AUDIT_ANCHORS, TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < end.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new KafkaException("Could not read " + Topics.AUDIT_ANCHORS + " to its end in " + TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                read(record);
            }
        }
    }

    private void read(ConsumerRecord<String, String> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        try {
            AuditChainAnchored anchor = json.readValue(record.value(), AuditChainAnchored.class);
            if (record.key().equals(anchor.chain()) && anchor.hash() != null) {
                newest.put(anchor.chain(), anchor);
            }
        } catch (JacksonException e) {
            log.warn("Skipped unreadable record {} of {}", record.offset(), Topics.AUDIT_ANCHORS);
        }
    }

    /**
     * Creates the topic unless it exists: compacted (the newest head of each chain is what counts), one partition,
     * segments rolled daily so that compaction can drop the old heads.
     */
    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        NewTopic topic = new NewTopic(Topics.AUDIT_ANCHORS, Optional.of(1), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis())));
        try (Admin admin = Admin.create(adminSettings)) {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new KafkaException("Could not create " + Topics.AUDIT_ANCHORS, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new KafkaException("Could not create " + Topics.AUDIT_ANCHORS + " in " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException(e);
        }
        topicReady = true;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void closeConsumer() {
        if (consumer != null) {
            consumer.close(TIMEOUT);
            consumer = null;
        }
        newest.clear();
    }

    @Override
    public synchronized void destroy() {
        closeConsumer();
        if (producer != null) {
            producer.close(TIMEOUT);
            producer = null;
        }
    }
}
