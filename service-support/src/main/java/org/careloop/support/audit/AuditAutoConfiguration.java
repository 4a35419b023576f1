package org.careloop.support.audit;

import java.time.Clock;

import org.careloop.support.access.GuardedAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail, for every service with a database. */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnClass(JdbcClient.class)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    AuditTrail auditTrail(JdbcClient jdbc, JdbcTemplate template, ObjectProvider<Clock> clock) {
        return new AuditTrail(jdbc, template, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    AuditChain auditChain(JdbcClient jdbc, ObjectProvider<TaskScheduler> scheduler, AuditProperties properties) {
        return new AuditChain(jdbc, scheduler, properties.sealEvery());
    }

    @Bean
    @ConditionalOnBean(TransactionTemplate.class)
    GuardedAccess guardedAccess(AuditTrail audit, TransactionTemplate transactions) {
        return new GuardedAccess(audit, transactions);
    }
}
