package org.careloop.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.careloop.servers.ApiClient;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.CloudEventSender;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run notification-service over HTTP against the shared real PostgreSQL and Kafka, and a
 * real SMTP server (GreenMail). The service's clock can be moved, so follow-ups fall due without waiting months.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NotificationServiceIntegrationTest.MovableClockConfiguration.class)
public abstract class NotificationServiceIntegrationTest {

    protected static final UUID SUNRISE = UUID.fromString(TestUser.SUNRISE_HOSPICE);
    protected static final GreenMail smtp = startSmtp();

    private static CloudEventSender sender;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MovableClock clock;

    protected ApiClient api;
    protected TestIssuer issuer;

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void fastSweepsAndTheTestSmtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("careloop.notifications.scheduler.polling-interval", () -> "200ms");
        registry.add("careloop.notifications.scheduler.reminders-every", () -> "300ms");
        registry.add("careloop.notifications.inbox.mail-every", () -> "300ms");
        registry.add("careloop.notifications.inbox.mail-first-retry", () -> "20ms");
        registry.add("careloop.notifications.inbox.mail-longest-retry", () -> "100ms");
    }

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        issuer = CareLoopTestInfrastructure.get().issuer();
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @AfterAll
    static void closeSender() {
        if (sender != null) {
            sender.close();
            sender = null;
        }
    }

    protected static CloudEventSender events() {
        if (sender == null) {
            sender = CloudEventSender.toSharedBroker();
        }
        return sender;
    }

    protected String token(TestUser user) {
        return issuer.token(user);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The service's clock, which a test may move forward. */
    public static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        public void moveForward(Duration by) {
            offset = offset.plus(by);
        }

        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @TestConfiguration
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
