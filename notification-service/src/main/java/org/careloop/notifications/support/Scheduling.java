package org.careloop.notifications.support;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.careloop.notifications.bereavement.FollowUpReminders;
import org.careloop.notifications.inbox.InboxProperties;
import org.careloop.notifications.inbox.OutgoingMail;
import org.careloop.support.schedule.DurableSweeps;
import org.careloop.support.schedule.DurableSweeps.Sweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable sweeps of notification-service: due follow-up reminders and outgoing mail. The sweeps themselves claim
 * each reminder and mail, so nothing is sent twice even if two runs overlapped.
 */
@Configuration(proxyBeanMethods = false)
class Scheduling {

    @Bean
    DurableSweeps notificationSweeps(DataSource dataSource, FollowUpReminders reminders, OutgoingMail mail,
            Clock clock, NotificationServiceProperties properties, InboxProperties inbox) {
        return new DurableSweeps(dataSource, clock, properties.scheduler().pollingInterval(), List.of(
                new Sweep("follow-up-reminders", properties.scheduler().remindersEvery(), reminders::sweep),
                new Sweep("outgoing-mail", inbox.mailEvery(), mail::sendPending)));
    }
}
