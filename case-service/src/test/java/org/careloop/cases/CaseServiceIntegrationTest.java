package org.careloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.CareLoopTestInfrastructure;
import org.careloop.testing.TestIssuer;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the tests that run the whole of case-service over HTTP against the shared real PostgreSQL and Kafka.
 * Every subclass with no configuration of its own shares one application context (and one database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class CaseServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;
    protected TestIssuer issuer;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        issuer = CareLoopTestInfrastructure.get().issuer();
    }

    protected String token(TestUser user) {
        return issuer.token(user);
    }

    protected static Map<String, Object> openCaseRequest(String givenName, String familyName) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("givenName", givenName);
        patient.put("familyName", familyName);
        patient.put("dateOfBirth", "1951-03-14");
        patient.put("phone", "+1 555 0100");
        Map<String, Object> diagnosis = new LinkedHashMap<>();
        diagnosis.put("condition", "Malignant pleural mesothelioma");
        diagnosis.put("site", "right pleura");
        diagnosis.put("stage", "IV");
        diagnosis.put("diagnosedOn", "2025-06-01");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("patient", patient);
        request.put("diagnosis", diagnosis);
        return request;
    }

    /** Opens a case as the given social worker and returns its id. */
    protected UUID openCase(TestUser worker) {
        return openCase(worker, "Walter", "Hale");
    }

    protected UUID openCase(TestUser worker, String givenName, String familyName) {
        Response response = api.post("/api/cases", token(worker), openCaseRequest(givenName, familyName));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    protected Response changeStatus(TestUser user, UUID caseId, String status, String dateOfDeath) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (dateOfDeath != null) {
            body.put("dateOfDeath", dateOfDeath);
        }
        return api.post("/api/cases/" + caseId + "/status", token(user), body);
    }

    protected Map<String, Object> caseRow(UUID caseId) {
        return jdbc.sql("select status, assigned_worker, date_of_death, version from care_case where id = :id")
                .param("id", caseId).query().singleRow();
    }
}
