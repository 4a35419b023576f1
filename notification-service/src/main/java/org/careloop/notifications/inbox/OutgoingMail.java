package org.careloop.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends queued mails over SMTP. Each mail is claimed with a conditional update first, so with several instances
 * one sends it; a mail whose sender died mid-send is claimed again after a while (it may then go out twice, never
 * not at all). A mail that cannot be sent is tried again with a doubling wait, and after its last attempt ends as
 * FAILED ({@code careloop_mail_failed_total}), listed for admins without its content. Run by the scheduler's mail
 * sweep.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    private static final Duration RECLAIM_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final InboxProperties properties;
    private final Clock clock;
    private final Counter failed;

    OutgoingMail(JdbcClient jdbc, JavaMailSender mail, InboxProperties properties, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.failed = Counter.builder("careloop.mail.failed")
                .description("Mails that could not be sent after all their attempts").register(meters);
    }

    record Pending(UUID id, String recipient, String subject, String body, int attempts) {
    }

    /**
     * Sends what is due (pending and past its back-off, or claimed by a sender that died); returns how many went out.
     * A failed attempt waits longer each time; after the last attempt the mail ends as FAILED and is counted.
     */
    public int sendPending() {
        Instant now = clock.instant();
        List<Pending> pending = jdbc.sql("""
                select id, recipient, subject, body, attempts from outgoing_mail
                 where (status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= :now))
                    or (status = 'SENDING' and claimed_at < :stale)
                 order by created_at limit 100
                """).param("now", Timestamp.from(now)).param("stale", Timestamp.from(now.minus(RECLAIM_AFTER)))
                .query(Pending.class).list();
        int sent = 0;
        for (Pending message : pending) {
            if (!claim(message.id())) {
                continue;
            }
            try {
                SimpleMailMessage outgoing = new SimpleMailMessage();
                outgoing.setFrom(properties.mailFrom());
                outgoing.setTo(message.recipient());
                outgoing.setSubject(message.subject());
                outgoing.setText(message.body());
                mail.send(outgoing);
                jdbc.sql("update outgoing_mail set status = 'SENT', sent_at = :at where id = :id")
                        .param("at", Timestamp.from(clock.instant())).param("id", message.id()).update();
                sent++;
            } catch (MailException e) {
                failedAttempt(message.id(), message.attempts() + 1, e);
            }
        }
        return sent;
    }

    /** Never the recipient, subject or text: the id, the attempt and the class of the error only. */
    private void failedAttempt(UUID id, int attempts, MailException error) {
        String errorClass = error.getClass().getSimpleName();
        Instant now = clock.instant();
        if (attempts >= properties.mailAttempts()) {
            jdbc.sql("""
                    update outgoing_mail set status = 'FAILED', failed_at = :now, last_error = :error,
                        next_attempt_at = null
                     where id = :id""")
                    .param("now", Timestamp.from(now)).param("error", errorClass).param("id", id).update();
            failed.increment();
            log.error("Gave up sending mail {} after {} attempts: {}", id, attempts, errorClass);
            return;
        }
        Duration wait = properties.mailRetryAfter(attempts);
        jdbc.sql("update outgoing_mail set status = 'PENDING', next_attempt_at = :next, last_error = :error where id = :id")
                .param("next", Timestamp.from(now.plus(wait))).param("error", errorClass).param("id", id).update();
        log.warn("Failed to send mail {} (attempt {} of {}), trying again in {}: {}", id, attempts,
                properties.mailAttempts(), wait, errorClass);
    }

    /** The mails that ended as failed, newest first, without their content. */
    MailFailurePage failures(int page, int size) {
        List<MailFailure> items = jdbc.sql("""
                select id, notification_id, recipient_kind, attempts, last_error, failed_at from outgoing_mail
                 where status = 'FAILED' order by failed_at desc, id limit :limit offset :offset""")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, row) -> new MailFailure(rs.getObject("id", UUID.class),
                        rs.getObject("notification_id", UUID.class), rs.getString("recipient_kind"),
                        rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getTimestamp("failed_at").toInstant()))
                .list();
        long total = jdbc.sql("select count(*) from outgoing_mail where status = 'FAILED'").query(Long.class)
                .single();
        return new MailFailurePage(items, total);
    }

    private boolean claim(UUID id) {
        return jdbc.sql("""
                update outgoing_mail set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                 where id = :id and ((status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= :now))
                    or (status = 'SENDING' and claimed_at < :stale))
                """)
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .param("stale", Timestamp.from(clock.instant().minus(RECLAIM_AFTER)))
                .update() == 1;
    }
}
