package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.careloop.localstack.DemoData;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;

/**
 * What the reliability and security scenarios share: their size (the bounded set of every CI run, or the issue's
 * full-size figures with {@code -Dcareloop.scenarios=full}), direct clients of the services, SQL on a service's own
 * database (as the server's superuser, the way an operator checks), and the figures each scenario reports.
 */
final class Scenario {

    static final boolean FULL_SIZE = "full".equals(System.getProperty("careloop.scenarios"));

    final Stack stack = Stack.get();
    final ApiClient gateway = new ApiClient(stack.gateway.url());
    final ApiClient cases = new ApiClient(stack.cases.url());
    final ApiClient referrals = new ApiClient(stack.referrals.url());
    final ApiClient notifications = new ApiClient(stack.notifications.url());

    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenTimes = new HashMap<>();

    /** A demo user's access token, taken again before Keycloak's five minutes run out (scenarios can last longer). */
    synchronized String token(String username) {
        Long taken = tokenTimes.get(username);
        if (taken == null || System.nanoTime() - taken > Duration.ofMinutes(4).toNanos()) {
            tokens.put(username, stack.token(username));
            tokenTimes.put(username, System.nanoTime());
        }
        return tokens.get(username);
    }

    /** Whether the service answers its readiness probe (false while it is down or starting). */
    boolean ready(ApiClient service) {
        try {
            return service.get("/actuator/health/readiness", null).status() == 200;
        } catch (java.io.UncheckedIOException e) {
            return false;
        }
    }

    static int size(int bounded, int full) {
        return FULL_SIZE ? full : bounded;
    }

    static Duration size(Duration bounded, Duration full) {
        return FULL_SIZE ? full : bounded;
    }

    /** One line of figures per scenario, in the test output and in target/scenario-results.txt. */
    static synchronized void report(String scenario, String figures) {
        String line = scenario + (FULL_SIZE ? " [full size]" : " [bounded]") + ": " + figures;
        System.out.println("SCENARIO " + line);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "scenario-results.txt"), line + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A case of sam's that referral-service already knows (it learns of cases from their events). */
    String caseKnownToReferrals(String sam) {
        Response opened = cases.post("/api/cases", sam, Map.of(
                "patient", Map.of("givenName", "Ruth", "familyName", "Okonkwo", "dateOfBirth", "1950-02-11"),
                "diagnosis", Map.of("condition", "Peritoneal mesothelioma")));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        Awaitility.await("referral-service knows case " + caseId).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> referrals.get("/api/referrals?caseId=" + caseId, sam).status() == 200
                        && count("referrals", "select count(*) from case_view where case_id = '" + caseId + "'") == 1);
        return caseId;
    }

    Map<String, Object> referral(String caseId) {
        return Map.of("caseId", caseId, "serviceId", DemoData.HOME_HOSPICE, "reason", "Night support at home",
                "priority", "urgent", "consent", Map.of("obtained", true, "obtainedFrom", "patient", "obtainedOn",
                        LocalDate.now().toString()));
    }

    long count(String database, String sql) {
        return query(database, sql, rs -> rs.getLong(1)).getFirst();
    }

    /** How many notifications each of these referrals made (a referral with none is absent). */
    Map<String, Long> notificationsPerReferral(List<String> referralIds) {
        Map<String, Long> counts = new HashMap<>();
        if (referralIds.isEmpty()) {
            return counts;
        }
        String links = String.join(",", referralIds.stream().map(id -> "'/referrals/" + id + "'").toList());
        query("notifications", "select link, count(*) from notification where kind = 'REFERRAL_REQUESTED' and link in ("
                + links + ") group by link", rs -> counts.put(rs.getString(1).substring("/referrals/".length()),
                        rs.getLong(2)));
        return counts;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String database, String sql, Row<T> row) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.stack.postgresUrl(database), "postgres", "postgres");
    }

    /** As the service itself connects: its own database user. */
    Connection connectAsService(String database) throws SQLException {
        return DriverManager.getConnection(stack.stack.postgresUrl(database), database, database);
    }

    static String uniqueName() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
