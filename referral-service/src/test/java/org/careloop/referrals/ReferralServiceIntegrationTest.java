package org.careloop.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.careloop.events.Topics;
import org.careloop.events.cases.v1.CaseOpened;
import org.careloop.events.cases.v1.CaseStatusChanged;
import org.careloop.events.cases.v1.PatientDied;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.CloudEventSender;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run referral-service over HTTP against the shared real PostgreSQL and Kafka. Cases come
 * the way they do in production: as case events on {@code careloop.case-events}, sent here by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ReferralServiceIntegrationTest {

    // entries of the demo directory, the tests' fixture (V2__seed_directory.sql): production starts with an empty one
    protected static final UUID SUNRISE_HOSPICE = UUID.fromString(TestUser.SUNRISE_HOSPICE);
    protected static final UUID RIVERSIDE = UUID.fromString(TestUser.RIVERSIDE_COMMUNITY_AID);
    protected static final UUID HOME_HOSPICE = UUID.fromString("5e4c0000-0000-4000-8000-000000000101");
    protected static final UUID FAMILY_BEREAVEMENT = UUID.fromString("5e4c0000-0000-4000-8000-000000000103");
    protected static final UUID MEALS_AT_HOME = UUID.fromString("5e4c0000-0000-4000-8000-000000000201");
    protected static final UUID UTILITY_GRANTS_CLOSED = UUID.fromString("5e4c0000-0000-4000-8000-000000000502");
    protected static final UUID INPATIENT_UNIT_WAITLIST = UUID.fromString("5e4c0000-0000-4000-8000-000000000102");
    protected static final UUID INACTIVE_SERVICE = UUID.fromString("5e4c0000-0000-4000-8000-000000001003");
    protected static final UUID FAMILY_COUNSELING = UUID.fromString("5e4c0000-0000-4000-8000-000000000701");
    protected static final UUID CHAPLAINCY = UUID.fromString("5e4c0000-0000-4000-8000-000000000801");

    private static CloudEventSender sender;
    private static UUID samsActiveCase;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    protected ApiClient api;
    protected TestIssuer issuer;

    /** The escalation sweep runs every few hundred milliseconds, so a test sees it without waiting a minute. */
    @DynamicPropertySource
    static void fastSweeps(DynamicPropertyRegistry registry) {
        registry.add("careloop.referrals.escalation.sweep-every", () -> "300ms");
        registry.add("careloop.referrals.escalation.polling-interval", () -> "200ms");
    }

    @BeforeEach
    void connect() {
        loadTheDemoDirectory(dataSource);
        api = ApiClient.onPort(port);
        issuer = CareLoopTestInfrastructure.get().issuer();
    }

    @AfterAll
    static void closeSender() {
        if (sender != null) {
            sender.close();
            sender = null;
        }
        samsActiveCase = null;
    }

    /**
     * The demo directory, which new databases no longer get: the migration that once brought it
     * ({@code V2__seed_directory.sql}, which V8 removes again), run as an older database ran it, unless this
     * database has it already.
     */
    public static void loadTheDemoDirectory(DataSource dataSource) {
        Long present = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select count(*) from organization where id = :id").param("id", SUNRISE_HOSPICE)
                .query(Long.class).single();
        if (present == 0) {
            new ResourceDatabasePopulator(new ClassPathResource("db/migration/V2__seed_directory.sql"))
                    .execute(dataSource);
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

    /** A case held by the worker, in the given status, as case-service would announce it; waits until known. */
    protected UUID givenCase(TestUser worker, String status) {
        UUID caseId = UUID.randomUUID();
        Instant opened = Instant.now().minusSeconds(60);
        events().send(Topics.CASE_EVENTS, CaseOpened.TYPE, caseId, opened,
                new CaseOpened(caseId, "OPEN", worker.username(), worker.team(), opened, worker.subject()));
        if (!status.equals("OPEN")) {
            Instant changed = opened.plusSeconds(10);
            events().send(Topics.CASE_EVENTS, CaseStatusChanged.TYPE, caseId, changed,
                    new CaseStatusChanged(caseId, "OPEN", status, worker.username(), worker.team(), changed,
                            worker.subject()));
            if (status.equals("DECEASED") || status.equals("BEREAVEMENT")) {
                events().send(Topics.CASE_EVENTS, PatientDied.TYPE, caseId, changed,
                        new PatientDied(caseId, LocalDate.now().minusDays(3), worker.username(), worker.team(),
                                changed, worker.subject()));
            }
        }
        awaitCaseStatus(caseId, status);
        return caseId;
    }

    protected void awaitCaseStatus(UUID caseId, String status) {
        Awaitility.await("case " + caseId + " known as " + status).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> status.equals(jdbc.sql("select status from case_view where case_id = :id")
                        .param("id", caseId).query(String.class).optional().orElse(null)));
    }

    protected static Map<String, Object> referralRequest(UUID caseId, UUID serviceId) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("obtained", true);
        consent.put("obtainedFrom", "the patient");
        consent.put("obtainedOn", LocalDate.now().toString());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("caseId", caseId.toString());
        request.put("serviceId", serviceId.toString());
        request.put("reason", "Wishes to die at home; breathlessness needs night support");
        request.put("priority", "urgent");
        request.put("consent", consent);
        return request;
    }

    protected Response refer(TestUser user, UUID caseId, UUID serviceId) {
        return api.post("/api/referrals", token(user), referralRequest(caseId, serviceId));
    }

    /**
     * An active case of sam's, announced once per test class and shared by its tests, for tests that are about
     * referrals rather than about the case.
     */
    protected UUID samsActiveCase() {
        if (samsActiveCase == null) {
            samsActiveCase = givenCase(TestUser.SAM, "ACTIVE");
        }
        return samsActiveCase;
    }

    /** Refers sam's active case to Sunrise Hospice's home hospice care; returns the referral id. */
    protected UUID referralToSunrise() {
        Response response = refer(TestUser.SAM, samsActiveCase(), HOME_HOSPICE);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    protected Response setStatus(TestUser user, UUID referralId, String status, String reason, String outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        return api.post("/api/referrals/" + referralId + "/status", token(user), body);
    }

    protected Map<String, Object> referralRow(UUID id) {
        return jdbc.sql("select status, outcome, version from referral where id = :id").param("id", id).query()
                .singleRow();
    }

    protected long historySize(UUID id) {
        return jdbc.sql("select count(*) from referral_status_change where referral_id = :id").param("id", id)
                .query(Long.class).single();
    }
}
