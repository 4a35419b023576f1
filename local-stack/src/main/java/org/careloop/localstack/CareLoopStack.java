package org.careloop.localstack;

import static org.careloop.servers.FreePorts.freePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.careloop.servers.KafkaBrokerProcess;
import org.careloop.servers.KeycloakServer;
import org.careloop.servers.PostgresServer;
import org.careloop.servers.SmtpServer;

/**
 * The whole of CareLoop: PostgreSQL 17 (a database, its owner and a user per service), a Kafka broker (KRaft), Keycloak with
 * the realm imported, an SMTP server, then the three services and the gateway, each its own process from the jar
 * the build made. The local run starts it on the usual ports with its data kept in a folder; the system tests
 * start the same thing on free ports with throw-away data.
 */
public final class CareLoopStack implements AutoCloseable {

    /** Where everything listens and where data is kept. */
    public record Settings(Path root, Path dataDirectory, boolean keepData, boolean freshRealm, int postgresPort,
            int kafkaPort,
            int kafkaControllerPort, int keycloakPort, int smtpPort, int casesPort, int referralsPort,
            int notificationsPort, int gatewayPort, Map<String, Map<String, String>> serviceSettings) {

        /** The local run: the ports the README names, data in {@code .careloop/}. */
        public static Settings local(Path root, boolean fresh) {
            return new Settings(root, root.resolve(".careloop"), true, fresh, 5433, 9092, 9093, 8180, 3025, 8081, 8082,
                    8083, 8080, Map.of());
        }

        /** For tests: free ports, data in a temporary folder. */
        public static Settings ephemeral(Path root) {
            try {
                return new Settings(root, Files.createTempDirectory("careloop-stack"), false, true, freePort(), 0, 0, 0,
                        freePort(), freePort(), freePort(), freePort(), freePort(), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The same, with one more setting of a service ({@code cases}, {@code referrals}, {@code notifications} or
         * {@code gateway}), as its command line would give it: the benchmarks lift the gateway's rate limits so.
         */
        public Settings withServiceSetting(String service, String key, String value) {
            Map<String, Map<String, String>> all = new HashMap<>(serviceSettings);
            Map<String, String> ofService = new HashMap<>(all.getOrDefault(service, Map.of()));
            ofService.put(key, value);
            all.put(service, Map.copyOf(ofService));
            return new Settings(root, dataDirectory, keepData, freshRealm, postgresPort, kafkaPort, kafkaControllerPort,
                    keycloakPort, smtpPort, casesPort, referralsPort, notificationsPort, gatewayPort, Map.copyOf(all));
        }

        List<Integer> fixedPorts() {
            List<Integer> ports = new ArrayList<>(List.of(postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                    smtpPort, casesPort, referralsPort, notificationsPort, gatewayPort));
            ports.removeIf(port -> port == 0);
            return ports;
        }
    }

    /** The versions the build wrote: of the service jars and of the Keycloak distribution. */
    /** The Spring profile of every local run; the services refuse the shipped secrets under any other. */
    public static final String LOCAL_PROFILE = "local";
    private static final java.util.Properties BUILD = new java.util.Properties();

    static {
        try (var in = CareLoopStack.class.getResourceAsStream("/careloop-stack.properties")) {
            BUILD.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("careloop-stack.properties is missing: build local-stack first", e);
        }
    }

    private final List<AutoCloseable> started = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private KeycloakServer keycloak;
    private SmtpServer smtp;
    private ServiceProcess gateway;
    private final Map<String, ServiceProcess> services = new HashMap<>();
    /** How each service was started, to start another instance of it the same way. */
    private final Map<String, Launch> launches = new HashMap<>();
    private Map<String, Map<String, String>> serviceSettings = Map.of();

    private record Launch(String name, Path jar, Map<String, String> settings, Path logs) {
    }

    private CareLoopStack() {
    }

    /** Starts everything, telling progress; stops what it started if anything fails. */
    public static CareLoopStack start(Settings settings, Consumer<String> progress) {
        CareLoopStack stack = new CareLoopStack();
        try {
            stack.startAll(settings, progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Settings s, Consumer<String> progress) {
        serviceSettings = s.serviceSettings();
        Path jars = s.root();
        String version = BUILD.getProperty("version");
        // Keycloak takes longest: it starts first and the rest starts beside it (no service needs it to start)
        progress.accept("Starting Keycloak (the first start unpacks and builds it: about a minute) ...");
        keycloak = KeycloakServer.launch(jars.resolve("local-stack/target/keycloak-"
                + BUILD.getProperty("keycloak.version") + ".zip"),
                jars.resolve("keycloak/careloop-realm.json"), s.keycloakPort(),
                s.freshRealm(), s.keycloakPort() == 0 ? null : "http://localhost:" + s.keycloakPort());
        started.add(keycloak);
        progress.accept("Starting PostgreSQL 17 on port " + s.postgresPort() + " ...");
        postgres = postgres(s);
        started.add(postgres);
        for (String service : List.of("cases", "referrals", "notifications")) {
            createDatabaseAndUsers(postgres, service);
        }
        progress.accept("Starting Kafka (KRaft) ...");
        kafka = s.kafkaPort() == 0 ? KafkaBrokerProcess.onFreePorts()
                : KafkaBrokerProcess.persistent(s.kafkaPort(), s.kafkaControllerPort(), s.dataDirectory().resolve("kafka"));
        started.add(kafka);
        // the services need only its address to start (their consumers wait for it): it starts beside them
        CompletableFuture<Void> kafkaStarted = CompletableFuture.runAsync(kafka::start);
        progress.accept("Starting the SMTP server on port " + s.smtpPort() + " ...");
        smtp = SmtpServer.start(s.smtpPort());
        started.add(smtp);

        Map<String, String> common = new HashMap<>();
        // the local run: the secrets shipped in this repository are allowed (refused under any other profile)
        common.put("spring.profiles.active", LOCAL_PROFILE);
        common.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        common.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuerUri());
        common.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", keycloak.jwkSetUri());
        Path logs = s.dataDirectory().resolve("logs");
        progress.accept("Starting case-service, referral-service, notification-service and the gateway ...");
        services.put("cases", launch("cases", new Launch("case-service", jar(jars, "case-service", version),
                database(common, "cases"), logs), port(s.casesPort())));
        services.put("referrals", launch("referrals", new Launch("referral-service",
                jar(jars, "referral-service", version), database(common, "referrals"), logs), port(s.referralsPort())));
        Map<String, String> notifications = database(common, "notifications");
        notifications.put("spring.mail.host", "127.0.0.1");
        notifications.put("spring.mail.port", Integer.toString(s.smtpPort()));
        notifications.put("careloop.notifications.inbox.mail-every", "2s");
        notifications.put("careloop.notifications.scheduler.reminders-every", "5s");
        services.put("notifications", launch("notifications", new Launch("notification-service",
                jar(jars, "notification-service", version), notifications, logs), port(s.notificationsPort())));
        services.values().forEach(started::add);
        Map<String, String> routes = new HashMap<>();
        routes.put("CASES_URI", services.get("cases").url());
        routes.put("REFERRALS_URI", services.get("referrals").url());
        routes.put("NOTIFICATIONS_URI", services.get("notifications").url());
        routes.put("KEYCLOAK_URL", keycloak.baseUrl());
        routes.put("KEYCLOAK_PUBLIC_URL", s.keycloakPort() == 0 ? keycloak.baseUrl()
                : "http://localhost:" + s.keycloakPort());
        routes.put("careloop.gateway.keycloak-logout-uri", keycloak.issuerUri() + "/protocol/openid-connect/logout");
        routes.put("KEYCLOAK_ISSUER_URI", keycloak.issuerUri());
        routes.put("spring.profiles.active", LOCAL_PROFILE);
        gateway = launch("gateway", new Launch("gateway-service", jar(jars, "gateway-service", version), routes, logs),
                port(s.gatewayPort()));
        started.add(gateway);
        try {
            kafkaStarted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        progress.accept("  Kafka is ready at " + kafka.bootstrapServers());
        keycloak.awaitReady();
        progress.accept("  Keycloak is ready at " + keycloak.baseUrl());
        for (ServiceProcess service : List.of(services.get("cases"), services.get("referrals"),
                services.get("notifications"), gateway)) {
            service.awaitReady();
            progress.accept("  " + service.name() + " is ready at " + service.url());
        }
    }

    private ServiceProcess launch(String key, Launch given, int port) {
        Map<String, String> settings = new HashMap<>(given.settings());
        settings.putAll(serviceSettings.getOrDefault(key, Map.of()));
        Launch launch = new Launch(given.name(), given.jar(), settings, given.logs());
        launches.put(key, launch);
        return ServiceProcess.start(launch.name(), launch.jar(), port, launch.settings(), launch.logs());
    }

    /**
     * Starts one more instance of a service ({@code cases}, {@code referrals}, {@code notifications} or
     * {@code gateway}) with the same settings on a free port, and waits until it is ready. It stops with the stack.
     */
    public ServiceProcess startAnotherInstance(String key) {
        return launchAnotherInstance(key, Map.of()).awaitReady();
    }

    /**
     * Launches one more instance of a service with some of its settings changed, without waiting for it (it may be
     * meant to refuse to start). It stops with the stack.
     */
    public ServiceProcess launchAnotherInstance(String key, Map<String, String> changed) {
        Launch launch = launches.get(key);
        Map<String, String> settings = new HashMap<>(launch.settings());
        settings.putAll(changed);
        ServiceProcess another = ServiceProcess.start(launch.name() + "-" + (started.size() + 1), launch.jar(),
                freePort(), settings, launch.logs());
        started.add(another);
        return another;
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public SmtpServer smtp() {
        return smtp;
    }

    public ServiceProcess gateway() {
        return gateway;
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    /** The server's superuser, for operators' and tests' own work (never given to a service). */
    public DataSource postgresAdmin() {
        return postgres.superuser();
    }

    public String postgresUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    @Override
    public void close() {
        List<AutoCloseable> parts = new ArrayList<>(started);
        started.clear();
        // the services first, as they use the rest; each group at once, since a service that trained its startup
        // cache takes seconds to write it as it stops, and a test JVM has only so long to end (Surefire's exit timeout)
        closeAtOnce(parts.stream().filter(ServiceProcess.class::isInstance).toList());
        closeAtOnce(parts.stream().filter(part -> !(part instanceof ServiceProcess)).toList());
    }

    private static void closeAtOnce(List<AutoCloseable> parts) {
        try (var stopping = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (AutoCloseable part : parts) {
                stopping.execute(() -> {
                    try {
                        part.close();
                    } catch (Exception e) {
                        // keep stopping the rest
                    }
                });
            }
        }
    }

    private static PostgresServer postgres(Settings s) {
        // commit timestamps let an operator (and the benchmarks) tell when a row's transaction committed
        Map<String, String> settings = Map.of("track_commit_timestamp", "on");
        if (s.keepData()) {
            return PostgresServer.persistent(s.postgresPort(), s.dataDirectory().resolve("postgres"), settings);
        }
        return PostgresServer.throwAway(s.postgresPort(), settings);
    }

    /**
     * One database per service, owned by an owner role ({@code <name>_owner}) that runs its migrations, and the user
     * the service runs as ({@code <name>}), which the migrations grant what it needs: it may add to the audit trail
     * and read it, never change it. Passwords = names (local only). A database made before the owner roles (the
     * local run keeps its data), whose objects the service's user owns, is handed over to the owner: idempotent.
     */
    private static void createDatabaseAndUsers(PostgresServer postgres, String name) {
        String owner = name + "_owner";
        try (Connection connection = postgres.superuser().getConnection();
                Statement statement = connection.createStatement()) {
            createUserUnlessExists(statement, owner);
            createUserUnlessExists(statement, name);
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name + " owner " + owner);
                }
            }
            statement.execute("alter database " + name + " owner to " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database of " + name, e);
        }
        try (Connection connection = postgres.superuser(name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("reassign owned by " + name + " to " + owner);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the tables of " + name + " over to " + owner, e);
        }
    }

    private static void createUserUnlessExists(Statement statement, String name) throws SQLException {
        try (ResultSet exists = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("create user " + name + " with password '" + name + "'");
            }
        }
    }

    private Map<String, String> database(Map<String, String> common, String name) {
        Map<String, String> settings = new HashMap<>(common);
        settings.put("spring.datasource.url", postgresUrl(name));
        settings.put("spring.datasource.username", name);
        settings.put("spring.datasource.password", name);
        settings.put("spring.flyway.user", name + "_owner");
        settings.put("spring.flyway.password", name + "_owner");
        return settings;
    }

    private static Path jar(Path root, String module, String version) {
        return root.resolve(module + "/target/" + module + "-" + version + ".jar");
    }

    private static int port(int configured) {
        return configured == 0 ? freePort() : configured;
    }
}
