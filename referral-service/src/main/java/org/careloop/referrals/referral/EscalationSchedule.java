package org.careloop.referrals.referral;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.careloop.referrals.support.ReferralServiceProperties;
import org.careloop.support.schedule.DurableSweeps;
import org.careloop.support.schedule.DurableSweeps.Sweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The escalation sweep ({@link AnswerEscalation#sweep}) as a durable recurring task: on one instance at a time,
 * every {@code careloop.referrals.escalation.sweep-every}. The sweep claims each referral itself, so an escalation
 * is never sent twice even if two runs overlapped.
 */
@Configuration(proxyBeanMethods = false)
class EscalationSchedule {

    @Bean
    DurableSweeps escalationSweeps(DataSource dataSource, AnswerEscalation escalation, Clock clock,
            ReferralServiceProperties properties) {
        return new DurableSweeps(dataSource, clock, properties.escalation().pollingInterval(), List.of(
                new Sweep("referral-answer-escalation", properties.escalation().sweepEvery(), escalation::sweep)));
    }
}
