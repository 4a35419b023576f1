package org.careloop.support.events;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events the CareLoop way, for every service with Kafka: CloudEvents headers as plain strings, the outbox's
 * resubmission, and consumers that retry with back-off and send what still fails to {@code <topic>-dlt}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /**
     * Kafka headers go out as plain UTF-8 strings (CloudEvents binary mode), with no Java type names added: the
     * default JSON header mapper would quote every value and name our classes.
     */
    @Bean
    RecordMessageConverter kafkaMessageConverter() {
        SimpleKafkaHeaderMapper headers = new SimpleKafkaHeaderMapper();
        headers.setMapAllStringsOut(true);
        MessagingMessageConverter converter = new MessagingMessageConverter();
        converter.setHeaderMapper(headers);
        return converter;
    }

    // Needed while the context still registers event listener factories, before most post-processors exist:
    // so it reads its one setting from the environment rather than from the properties bean.
    @Bean
    CloudEventMessages cloudEventMessages(Environment environment) {
        return new CloudEventMessages(environment.getProperty("careloop.events.source",
                "/careloop/" + environment.getProperty("spring.application.name", "service")));
    }

    @Bean
    @ConditionalOnClass(FailedEventPublications.class)
    OutboxResubmission outboxResubmission(ObjectProvider<FailedEventPublications> incomplete,
            ObjectProvider<TaskScheduler> scheduler, EventsProperties properties) {
        return new OutboxResubmission(incomplete, scheduler, properties.outbox());
    }

    /** Dead letters keep the original text of the record, whatever the service's own value serializer. */
    @Bean(defaultCandidate = false)
    ProducerFactory<String, String> deadLetterProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    CommonErrorHandler kafkaErrorHandler(EventsProperties properties,
            @Qualifier("deadLetterProducerFactory") ProducerFactory<String, String> deadLetters) {
        var settings = properties.consumer();
        var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetters));
        var backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
        backOff.setInitialInterval(settings.initialBackOff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(settings.maxBackOff().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    @Bean
    @ConditionalOnClass(JdbcClient.class)
    @ConditionalOnBean({ JdbcClient.class, TransactionTemplate.class })
    EventInbox eventInbox(JdbcClient jdbc, TransactionTemplate transactions) {
        return new EventInbox(new ProcessedEvents(jdbc), transactions);
    }
}
