package org.careloop.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.cases.CaseServiceIntegrationTest;
import org.careloop.support.audit.AuditChain;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

class CaseAuditIntegrationTests extends CaseServiceIntegrationTest {

    @Test
    void opensReadsAndChangesAreRecordedAsAllowed() {
        UUID id = openCase(TestUser.SAM);
        api.get("/api/cases/" + id, token(TestUser.SAM));
        api.post("/api/cases/" + id + "/notes", token(TestUser.SAM), Map.of("text", "Spoke with the daughter"));
        api.get("/api/cases/" + id, token(TestUser.SUE));

        assertThat(records(id)).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("outcome"))
                .containsExactly("sam OPEN_CASE ALLOWED", "sam READ_CASE ALLOWED", "sam ADD_NOTE ALLOWED",
                        "sue READ_CASE ALLOWED");
        Map<String, Object> read = records(id).get(1);
        assertThat(read.get("role")).isEqualTo("social-worker");
        assertThat(read.get("issuer")).isEqualTo(issuer.issuerUri());
        assertThat(read.get("subject")).isNotNull();
        assertThat(read.get("client_address")).isEqualTo("127.0.0.1");
        assertThat(records(id).get(3).get("role")).isEqualTo("supervisor");
    }

    @Test
    void deniedAccessIsRecordedToo() {
        UUID id = openCase(TestUser.SAM);
        api.get("/api/cases/" + id, token(TestUser.SARA));
        api.post("/api/cases/" + id + "/status", token(TestUser.NINA), Map.of("status", "ACTIVE"));
        api.get("/api/cases/" + id + "/timeline", token(TestUser.HANA));

        assertThat(records(id)).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("outcome"))
                .containsExactly("sam OPEN_CASE ALLOWED", "sara READ_CASE DENIED", "nina CHANGE_STATUS DENIED",
                        "hana ROLE_REFUSED GET DENIED");
    }

    @Test
    void aRefusedChangeOfAVisibleCaseIsOneAllowedAccess() {
        UUID id = openCase(TestUser.SAM);
        assertThat(changeStatus(TestUser.SAM, id, "CLOSED", null).status()).isEqualTo(409);

        assertThat(records(id)).extracting(r -> r.get("action") + " " + r.get("outcome"))
                .containsExactly("OPEN_CASE ALLOWED", "CHANGE_STATUS ALLOWED");
    }

    @Test
    void aListNamesEveryCaseItShowed() {
        UUID first = openCase(TestUser.SARA);
        UUID second = openCase(TestUser.SARA);

        api.get("/api/cases?size=100", token(TestUser.SARA));

        Map<String, Object> list = jdbc.sql("""
                select * from audit_record where username = 'sara' and action = 'LIST_CASES'
                 order by id desc limit 1""").query().singleRow();
        List<UUID> listed = jdbc.sql("select unnest(listed_ids) from audit_record where id = :id")
                .param("id", list.get("id")).query(UUID.class).list();
        assertThat(listed).contains(first, second);
    }

    @Test
    void theTrailHoldsNoHealthDataAndCannotBeChanged() {
        UUID id = openCase(TestUser.SAM, "Walter", "Hale");

        String everything = jdbc.sql("select string_agg(a::text, ' ') from audit_record a where case_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(everything).doesNotContain("Walter", "Hale", "mesothelioma", "eyJ");

        assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'DENIED' where case_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where case_id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(records(id)).hasSize(1);
    }

    @Test
    void theTrailIsSealedIntoAHashChainThatRevealsARewrittenRecord(@Autowired AuditChain chain) {
        UUID id = openCase(TestUser.SAM, "Walter", "Hale");
        chain.seal();
        assertThat(chain.firstBrokenPosition()).isNull();
        Map<String, Object> sealed = records(id).getFirst();
        long position = ((Number) sealed.get("chain_position")).longValue();
        assertThat(sealed.get("chain_hash")).isNotNull();
        assertThatThrownBy(() -> jdbc.sql("update audit_record set chain_hash = null where case_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);

        // the table's owner switches the append-only trigger off and rewrites who read the case
        jdbc.sql("alter table audit_record disable trigger audit_record_append_only").update();
        try {
            jdbc.sql("update audit_record set username = 'nobody' where chain_position = :p").param("p", position)
                    .update();
            assertThat(chain.firstBrokenPosition()).isEqualTo(position);
        } finally {
            jdbc.sql("update audit_record set username = :u where chain_position = :p")
                    .param("u", sealed.get("username")).param("p", position).update();
            jdbc.sql("alter table audit_record enable trigger audit_record_append_only").update();
        }
        assertThat(chain.firstBrokenPosition()).isNull();
    }

    private List<Map<String, Object>> records(UUID caseId) {
        return jdbc.sql("select * from audit_record where case_id = :id order by id").param("id", caseId)
                .query().listOfRows();
    }
}
