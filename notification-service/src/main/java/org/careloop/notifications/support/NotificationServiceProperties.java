package org.careloop.notifications.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notification-service under {@code careloop.notifications}; the inbox's are under
 * {@code careloop.notifications.inbox} ({@code InboxProperties}), the bereavement schedule under
 * {@code careloop.notifications.bereavement} ({@code BereavementTemplate}), event settings under
 * {@code careloop.events}.
 *
 * @param zone where the hospice works: "today" for due follow-ups is the day there
 * @param scheduler the durable sweeps
 */
@ConfigurationProperties("careloop.notifications")
public record NotificationServiceProperties(@DefaultValue("UTC") String zone, @DefaultValue Scheduler scheduler) {

    /**
     * @param remindersEvery how often the sweep looks for follow-ups that fell due
     * @param pollingInterval how often db-scheduler looks for a task that is due to run
     */
    public record Scheduler(@DefaultValue("1m") Duration remindersEvery, @DefaultValue("5s") Duration pollingInterval) {
    }
}
