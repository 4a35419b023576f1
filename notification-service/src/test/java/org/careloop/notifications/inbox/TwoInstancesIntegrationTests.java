package org.careloop.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.referrals.v1.ReferralRequested;
import org.careloop.notifications.NotificationServiceApplication;
import org.careloop.notifications.NotificationServiceIntegrationTest;
import org.careloop.testing.SseClient;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two instances on one database and one consumer group: a notification reaches streams on both, once. */
class TwoInstancesIntegrationTests extends NotificationServiceIntegrationTest {

    @Autowired
    Environment environment;

    @Test
    void aNotificationReachesStreamsOnEitherInstanceAndIsCreatedOnce() {
        try (ConfigurableApplicationContext second = secondInstance()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            String onSecond = "http://127.0.0.1:" + secondPort + "/api/notifications/stream";
            UUID referralId = UUID.randomUUID();
            try (SseClient hanaHere = SseClient.connect(url("/api/notifications/stream"), token(TestUser.HANA))
                    .awaitConnected();
                    SseClient hanaThere = SseClient.connect(onSecond, token(TestUser.HANA)).awaitConnected()) {
                for (int i = 0; i < 6; i++) {
                    UUID caseId = UUID.randomUUID(); // spread over the partitions, so both instances consume
                    Instant at = Instant.now();
                    events().send(Topics.REFERRAL_EVENTS, ReferralRequested.TYPE, caseId, at,
                            new ReferralRequested(i == 0 ? referralId : UUID.randomUUID(), caseId, UUID.randomUUID(),
                                    SUNRISE, "hospice", "routine", "sam", "palliative-north", at));
                }

                hanaHere.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId.toString())),
                        Duration.ofSeconds(30));
                hanaThere.awaitEvents(events -> events.stream().anyMatch(e -> e.data().contains(referralId.toString())),
                        Duration.ofSeconds(30));
                Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql(
                        "select count(*) from notification where link = :link")
                        .param("link", "/referrals/" + referralId).query(Long.class).single() == 1);
            }
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        java.util.List<String> same = new java.util.ArrayList<>();
        for (String key : new String[] { "spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.flyway.user", "spring.flyway.password",
                "spring.kafka.bootstrap-servers", "spring.kafka.consumer.group-id",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "spring.mail.host", "spring.mail.port" }) {
            same.add("--" + key + "=" + environment.getProperty(key));
        }
        same.add("--server.port=0");
        // command-line arguments outrank application.yaml, as they would for a second process
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(same.toArray(String[]::new));
    }
}
