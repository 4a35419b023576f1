package org.careloop.cases.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the service logs while it is used, refused and given bad input names no patient, diagnosis or token. */
@ExtendWith(OutputCaptureExtension.class)
class NoHealthDataInLogsIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void aWholeCaseLeavesNoHealthDataInTheLog(CapturedOutput output) {
        String token = token(TestUser.SAM);
        Map<String, Object> request = openCaseRequest("Zebedee", "Quarrington");
        UUID id = UUID.fromString(api.post("/api/cases", token, request).json().get("id").asString());
        api.post("/api/cases/" + id + "/family-members", token, Map.of("name", "Ottoline Quarrington",
                "relationship", "spouse", "bereavementRisk", "HIGH"));
        api.post("/api/cases/" + id + "/notes", token, Map.of("text", "Frightened of choking at night"));
        api.put("/api/cases/" + id + "/wishes", token, Map.of("goalsOfCare", "Die at home by the sea"));
        api.post("/api/cases/" + id + "/status", token, Map.of("status", "CLOSED"));
        api.post("/api/cases/" + id + "/status", token, Map.of("status", "DECEASED",
                "dateOfDeath", LocalDate.now().toString(), "reason", "Peaceful, family present"));
        api.get("/api/cases/" + id, token(TestUser.SARA));
        api.send("POST", "/api/cases", token, "{\"patient\": {\"givenName\": \"Zebedee\"", "application/json");
        api.get("/api/cases?q=Quarrington", token);

        for (String secret : List.of("Zebedee", "Quarrington", "Ottoline", "mesothelioma", "choking",
                "by the sea", "Peaceful", token)) {
            assertThat(output.getAll()).as("the log mentions %s", secret.length() > 20 ? "a token" : secret)
                    .doesNotContain(secret);
        }
        assertThat(output.getAll()).contains("Opened case " + id);
    }
}
