package org.careloop.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
 * not at all). Run by the scheduler's mail sweep.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);
    private static final Duration RECLAIM_AFTER = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final InboxProperties properties;
    private final Clock clock;

    OutgoingMail(JdbcClient jdbc, JavaMailSender mail, InboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    record Pending(UUID id, String recipient, String subject, String body) {
    }

    /** Sends what is pending; returns how many went out. */
    public int sendPending() {
        List<Pending> pending = jdbc.sql("""
                select id, recipient, subject, body from outgoing_mail
                 where status = 'PENDING' or (status = 'SENDING' and claimed_at < :stale)
                 order by created_at limit 100
                """).param("stale", Timestamp.from(clock.instant().minus(RECLAIM_AFTER)))
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
                log.warn("Failed to send mail {}: {}", message.id(), e.getClass().getSimpleName());
                jdbc.sql("update outgoing_mail set status = 'PENDING' where id = :id").param("id", message.id())
                        .update();
            }
        }
        return sent;
    }

    private boolean claim(UUID id) {
        return jdbc.sql("""
                update outgoing_mail set status = 'SENDING', claimed_at = :now, attempts = attempts + 1
                 where id = :id and (status = 'PENDING' or (status = 'SENDING' and claimed_at < :stale))
                """)
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .param("stale", Timestamp.from(clock.instant().minus(RECLAIM_AFTER)))
                .update() == 1;
    }
}
