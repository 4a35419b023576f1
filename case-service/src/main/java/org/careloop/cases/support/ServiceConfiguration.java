package org.careloop.cases.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;

@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    /** "Today" for the date rules (no death in the future) is the day where the hospice works. */
    @Bean
    Clock clock(CaseServiceProperties properties) {
        return Clock.system(ZoneId.of(properties.zone()));
    }

    /**
     * Kafka headers go out as plain UTF-8 strings (CloudEvents binary mode), with no Java type names added: the
     * default JSON header mapper would quote every value and name our classes.
     */
    @Bean
    RecordMessageConverter kafkaMessageConverter() {
        MessagingMessageConverter converter = new MessagingMessageConverter();
        SimpleKafkaHeaderMapper headers = new SimpleKafkaHeaderMapper();
        headers.setMapAllStringsOut(true);
        converter.setHeaderMapper(headers);
        return converter;
    }
}
