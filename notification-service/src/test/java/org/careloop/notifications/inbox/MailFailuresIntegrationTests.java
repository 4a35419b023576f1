package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A mail that cannot be sent is retried with back-off a bounded number of times, then fails for good, counted. */
class MailFailuresIntegrationTests extends NotificationServiceIntegrationTest {

    @Autowired
    OutgoingMail mail;

    @Autowired
    MeterRegistry meters;

    @Test
    void aMailThatCannotBeSentEndsAsAFailureAfterItsAttemptsCountedAndShownToAdminsWithoutItsContent() {
        double failedBefore = failedTotal();
        UUID id = UUID.randomUUID();
        // an address no mail server takes: every attempt fails
        jdbc.sql("""
                insert into outgoing_mail (id, recipient, subject, body, status, created_at, attempts)
                values (:id, 'not an address@@', 'secret subject', 'secret body', 'PENDING', :at, 0)""")
                .param("id", id).param("at", Timestamp.from(clock.instant())).update();

        Awaitility.await("the mail's final failure").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(150)).until(() -> {
                    mail.sendPending(); // the tests' back-off is 20 ms doubling to at most 100 ms
                    return "FAILED".equals(status(id));
                });
        int attempts = jdbc.sql("select attempts from outgoing_mail where id = :id").param("id", id)
                .query(Integer.class).single();
        Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true); // past any back-off
        mail.sendPending();
        assertThat(status(id)).as("a failed mail is not tried again").isEqualTo("FAILED");
        assertThat(jdbc.sql("select attempts from outgoing_mail where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(attempts).isBetween(2, 10);
        assertThat(failedTotal() - failedBefore).isEqualTo(1.0);

        var page = api.get("/api/notifications/mail-failures?size=100", token(TestUser.ADAM));
        assertThat(page.status()).isEqualTo(200);
        JsonNode failure = null;
        for (JsonNode item : page.json().get("items")) {
            if (item.get("id").asString().equals(id.toString())) {
                failure = item;
            }
        }
        assertThat(failure).as("the failed mail is listed").isNotNull();
        assertThat(failure.get("attempts").asInt()).isEqualTo(attempts);
        assertThat(failure.get("lastError").asString()).isNotBlank();
        assertThat(failure.has("failedAt")).isTrue();
        assertThat(page.body()).doesNotContain("secret", "not an address");
        assertThat(api.get("/api/notifications/mail-failures", token(TestUser.SAM)).status()).isEqualTo(403);
        assertThat(api.get("/api/notifications/mail-failures", null).status()).isEqualTo(401);
    }

    private String status(UUID id) {
        return jdbc.sql("select status from outgoing_mail where id = :id").param("id", id).query(String.class)
                .single();
    }

    private double failedTotal() {
        var counter = meters.find("careloop.mail.failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
