package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.SseClient;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * A live stream is bound to the token that opened it: it ends at the token's expiry (the browser reconnects with a
 * fresh one and Last-Event-ID), a person holds at most five at once, and a reconnect gets everything it missed.
 */
class NotificationStreamIntegrationTests extends NotificationServiceIntegrationTest {

    private static final String STREAM = "/api/notifications/stream";

    @Test
    void aStreamEndsAtTheExpiryOfItsTokenAndAsksForAQuickReconnect() {
        Instant expiry = Instant.now().plusSeconds(3);
        String token = issuer.tokenWith(TestUser.HANA, claims -> claims.expirationTime(Date.from(expiry)));
        try (SseClient hana = SseClient.connect(url(STREAM), token).awaitConnected()) {
            Instant ended = hana.awaitEnded(Duration.ofSeconds(10));

            // the expiry has one-second precision in the token; Tomcat checks async timeouts about every second
            assertThat(ended).isBetween(expiry.minusSeconds(1), expiry.plusMillis(2500));
            assertThat(hana.retry()).as("retry: of the stream").isNotNull().isBetween(500L, 3000L);
        }
    }

    @Test
    void aTokenPastItsExpiryOpensNoStreamEvenWithinTheClockSkew() {
        Instant expiry = Instant.now().plusSeconds(1);
        String token = issuer.tokenWith(TestUser.HANA, claims -> claims.expirationTime(Date.from(expiry)));
        Awaitility.await().pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().isAfter(expiry.plusMillis(200)));
        assertThat(api.get("/api/notifications", token).status()).as("the inbox allows Spring's 60 s skew")
                .isEqualTo(200);

        try (SseClient hana = SseClient.connect(url(STREAM), token)) {
            hana.awaitEnded(Duration.ofSeconds(5));

            assertThat(hana.status()).isEqualTo(401);
            assertThat(hana.events()).isEmpty();
        }
    }

    @Test
    void theSixthStreamOfAPersonEndsTheOldestAndNoOneElses() {
        String hanaToken = token(TestUser.HANA);
        List<SseClient> hanas = new ArrayList<>();
        try (SseClient carl = SseClient.connect(url(STREAM), token(TestUser.CARL)).awaitConnected()) {
            for (int i = 0; i < 5; i++) {
                hanas.add(SseClient.connect(url(STREAM), hanaToken).awaitConnected());
            }
            // another token of hana's, same subject: still hana
            hanas.add(SseClient.connect(url(STREAM), issuer.token(TestUser.HANA)).awaitConnected());

            hanas.getFirst().awaitEnded(Duration.ofSeconds(5));
            assertThat(hanas.subList(1, 6)).allMatch(stream -> stream.endedAt() == null);
            assertThat(carl.endedAt()).isNull();
        } finally {
            hanas.forEach(SseClient::close);
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsEverythingItMissedNotOnlyTheFirstPage() {
        UUID organization = UUID.randomUUID();
        String staff = issuer.tokenWith(TestUser.HANA, claims -> claims.claim("org_id", organization.toString()));
        long before = jdbc.sql("select coalesce(max(seq), 0) from notification").query(Long.class).single();
        jdbc.sql("""
                insert into notification (id, kind, title, body, link, recipient_org, created_at)
                select gen_random_uuid(), 'REFERRAL_REQUESTED', 'New referral ' || n, 'x', '/referrals/' || n,
                       :org, now()
                from generate_series(1, 700) n
                """).param("org", organization).update();

        try (SseClient again = SseClient.reconnect(url(STREAM), staff, Long.toString(before)).awaitConnected()) {
            Awaitility.await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(again.events()).hasSize(700));
            assertThat(again.events().getLast().data()).contains("New referral 700");
        }
    }

    @Test
    void aStreamOpenedAgainByTheDashboardCarriesTheLastIdItSawInItsAddress() {
        UUID organization = UUID.randomUUID();
        String staff = issuer.tokenWith(TestUser.HANA, claims -> claims.claim("org_id", organization.toString()));
        long before = jdbc.sql("select coalesce(max(seq), 0) from notification").query(Long.class).single();
        jdbc.sql("""
                insert into notification (id, kind, title, body, link, recipient_org, created_at)
                values (gen_random_uuid(), 'REFERRAL_REQUESTED', 'Missed', 'x', '/referrals/1', :org, now())
                """).param("org", organization).update();

        try (SseClient again = SseClient.connect(url(STREAM + "?lastEventId=" + before), staff).awaitConnected()) {
            assertThat(again.awaitEvents(events -> !events.isEmpty(), Duration.ofSeconds(10)).getFirst().data())
                    .contains("Missed");
        }
    }
}
