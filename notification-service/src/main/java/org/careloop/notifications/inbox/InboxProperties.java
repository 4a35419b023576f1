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
 * @param mailAttempts how often a mail is tried before it ends as failed (shown to admins, counted in
 *        {@code careloop_mail_failed_total})
 * @param mailFirstRetry how long after its first failed attempt a mail is tried again; each further failure doubles
 *        the wait
 * @param mailLongestRetry the longest wait between two attempts
 */
@ConfigurationProperties("careloop.notifications.inbox")
public record InboxProperties(@DefaultValue("http://localhost:8080") String dashboardUrl,
        @DefaultValue("careloop@localhost") String mailFrom,
        @DefaultValue("30m") Duration streamTimeout, @DefaultValue("1s") Duration streamRetry,
        @DefaultValue("5") int streamsPerPerson, @DefaultValue("5s") Duration mailEvery,
        @DefaultValue("8") int mailAttempts, @DefaultValue("30s") Duration mailFirstRetry,
        @DefaultValue("1h") Duration mailLongestRetry) {

    public InboxProperties {
        if (mailAttempts < 1) {
            throw new IllegalArgumentException("careloop.notifications.inbox.mail-attempts must be at least 1");
        }
    }

    /** How long to wait before the next attempt after the given number of failed ones (1, 2, ...): doubling. */
    public Duration mailRetryAfter(int failedAttempts) {
        Duration wait = mailFirstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(mailLongestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(mailLongestRetry) > 0 ? mailLongestRetry : wait;
    }
}
