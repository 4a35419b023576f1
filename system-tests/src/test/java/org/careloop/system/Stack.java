package org.careloop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.KeycloakServer;

/**
 * The whole of CareLoop for these tests, started once per test JVM: PostgreSQL (a database per service), a Kafka
 * broker, Keycloak with the demo realm, an SMTP server, the three services and the gateway, each service in its own
 * process from the jar the build made.
 */
final class Stack {

    private static Stack running;

    final KeycloakServer keycloak;
    final GreenMail smtp;
    final ServiceProcess cases;
    final ServiceProcess referrals;
    final ServiceProcess notifications;
    final ServiceProcess gateway;

    private Stack() {
        CareLoopTestInfrastructure infrastructure = CareLoopTestInfrastructure.get();
        for (String database : List.of("cases", "referrals", "notifications")) {
            infrastructure.postgres().createDatabase(database);
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        keycloak = KeycloakServer.start(Path.of(System.getProperty("careloop.keycloak.zip")),
                Path.of(System.getProperty("careloop.keycloak.realm")));
        Path root = Path.of(System.getProperty("careloop.jars"));
        String version = System.getProperty("careloop.version");
        Path logs = root.resolve("system-tests/target/stack-logs");

        Map<String, String> common = new HashMap<>();
        common.put("spring.datasource.username", infrastructure.postgres().username());
        common.put("spring.datasource.password", infrastructure.postgres().password());
        common.put("spring.kafka.bootstrap-servers", infrastructure.kafka().bootstrapServers());
        common.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuerUri());
        common.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keycloak.jwkSetUri());
        common.put("careloop.events.outbox.resubmit-every", "1s");

        cases = ServiceProcess.start("case-service", root.resolve("case-service/target/case-service-" + version
                + ".jar"), freePort(), with(common, "spring.datasource.url",
                        infrastructure.postgres().jdbcUrl("cases")), logs);
        referrals = ServiceProcess.start("referral-service", root.resolve("referral-service/target/referral-service-"
                + version + ".jar"), freePort(), with(common, "spring.datasource.url",
                        infrastructure.postgres().jdbcUrl("referrals")), logs);
        Map<String, String> notificationSettings = with(common, "spring.datasource.url",
                infrastructure.postgres().jdbcUrl("notifications"));
        notificationSettings.put("spring.mail.host", "127.0.0.1");
        notificationSettings.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
        notificationSettings.put("careloop.notifications.scheduler.polling-interval", "500ms");
        notificationSettings.put("careloop.notifications.inbox.mail-every", "1s");
        notifications = ServiceProcess.start("notification-service", root.resolve(
                "notification-service/target/notification-service-" + version + ".jar"), freePort(),
                notificationSettings, logs);
        Map<String, String> gatewaySettings = new HashMap<>();
        gatewaySettings.put("CASES_URI", cases.url());
        gatewaySettings.put("REFERRALS_URI", referrals.url());
        gatewaySettings.put("NOTIFICATIONS_URI", notifications.url());
        gatewaySettings.put("KEYCLOAK_URL", keycloak.baseUrl());
        gatewaySettings.put("KEYCLOAK_PUBLIC_URL", keycloak.baseUrl());
        gatewaySettings.put("KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
        gateway = ServiceProcess.start("gateway-service", root.resolve("gateway-service/target/gateway-service-"
                + version + ".jar"), freePort(), gatewaySettings, logs);
        for (ServiceProcess service : List.of(cases, referrals, notifications, gateway)) {
            service.awaitReady();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    static synchronized Stack get() {
        if (running == null) {
            running = new Stack();
        }
        return running;
    }

    String token(String username) {
        return keycloak.token(username, "demo");
    }

    private void stop() {
        for (ServiceProcess service : List.of(gateway, notifications, referrals, cases)) {
            service.close();
        }
        keycloak.close();
        smtp.stop();
    }

    private static Map<String, String> with(Map<String, String> common, String key, String value) {
        Map<String, String> settings = new HashMap<>(common);
        settings.put(key, value);
        return settings;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
