package org.careloop.notifications.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    /** "Today" for due follow-ups is the day where the hospice works; tests replace this clock to move time. */
    @Bean
    Clock clock(NotificationServiceProperties properties) {
        return Clock.system(ZoneId.of(properties.zone()));
    }
}
