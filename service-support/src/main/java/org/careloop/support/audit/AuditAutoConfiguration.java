package org.careloop.support.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail, for every service with a database. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnClass(JdbcClient.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    AuditTrail auditTrail(JdbcClient jdbc, JdbcTemplate template, ObjectProvider<Clock> clock) {
        return new AuditTrail(jdbc, template, clock.getIfAvailable(Clock::systemUTC));
    }
}
