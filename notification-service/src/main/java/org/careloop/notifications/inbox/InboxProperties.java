package org.careloop.notifications.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications, under {@code careloop.notifications.inbox}.
 *
 * @param dashboardUrl where the links in mails point (the gateway's address)
 * @param mailFrom the sender of notification mails
 * @param streamTimeout the longest an SSE connection stays open before the browser reconnects (it ends sooner, at
 *        the expiry of the token that opened it)
 * @param streamRetry how soon a browser reconnects after its stream ended ({@code retry:} of the stream)
 * @param streamsPerPerson how many streams one person may hold open on one instance; a further one ends the oldest
 * @param mailEvery how often pending mails are sent
 */
@ConfigurationProperties("careloop.notifications.inbox")
public record InboxProperties(@DefaultValue("http://localhost:8080") String dashboardUrl,
        @DefaultValue("careloop@localhost") String mailFrom,
        @DefaultValue("30m") Duration streamTimeout, @DefaultValue("1s") Duration streamRetry,
        @DefaultValue("5") int streamsPerPerson, @DefaultValue("5s") Duration mailEvery) {
}
