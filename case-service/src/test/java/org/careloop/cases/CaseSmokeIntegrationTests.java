package org.careloop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

class CaseSmokeIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void opensAndReadsACase() {
        UUID id = openCase(TestUser.SAM);
        var response = api.get("/api/cases/" + id, token(TestUser.SAM));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("OPEN");
    }
}
