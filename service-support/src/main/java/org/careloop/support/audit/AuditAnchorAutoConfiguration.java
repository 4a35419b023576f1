package org.careloop.support.audit;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.careloop.support.events.CloudEventMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/** The audit chain's heads published on Kafka and checked, for every service with an audit trail and Kafka. */
@AutoConfiguration(after = { AuditAutoConfiguration.class,
        org.careloop.support.events.EventsAutoConfiguration.class },
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ JdbcClient.class, KafkaProducer.class, KafkaProperties.class })
public class AuditAnchorAutoConfiguration {

    @Bean
    @ConditionalOnBean({ AuditChain.class, KafkaProperties.class, CloudEventMessages.class })
    AuditAnchors auditAnchors(KafkaProperties kafka, CloudEventMessages events) {
        return new AuditAnchors(kafka.buildProducerProperties(), kafka.buildConsumerProperties(),
                kafka.buildAdminProperties(), events.source());
    }

    @Bean
    @ConditionalOnBean(AuditAnchors.class)
    AuditAnchoring auditAnchoring(AuditChain chain, AuditAnchors anchors, JdbcClient jdbc, Environment environment,
            ObjectProvider<TaskScheduler> scheduler, AuditProperties properties, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        return new AuditAnchoring(chain, anchors, jdbc, environment.getProperty("spring.application.name", "service"),
                scheduler, properties.anchorEvery(), clock.getIfAvailable(Clock::systemUTC), meters);
    }
}
