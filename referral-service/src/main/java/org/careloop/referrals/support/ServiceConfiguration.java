package org.careloop.referrals.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    /** "Today" for the date rules (no consent in the future) is the day where the hospice works. */
    @Bean
    Clock clock(ReferralServiceProperties properties) {
        return Clock.system(ZoneId.of(properties.zone()));
    }
}
