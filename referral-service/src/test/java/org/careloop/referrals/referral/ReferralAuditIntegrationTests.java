package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

/** Referrals carry health data: every access leaves one audit record, allowed or denied, and none of the data. */
class ReferralAuditIntegrationTests extends ReferralServiceIntegrationTest {

    @Test
    void everyAccessToAReferralIsRecordedOnce() {
        UUID id = referralToSunrise();
        api.get("/api/referrals/" + id, token(TestUser.HANA));
        setStatus(TestUser.HANA, id, "accepted", null, null);
        setStatus(TestUser.HANA, id, "requested", null, null); // refused: 403, but hana may see it
        api.get("/api/referrals/" + id, token(TestUser.CARL));
        api.get("/api/referrals/" + id + "/fhir", token(TestUser.SARA));
        api.get("/api/referrals/" + id, token(TestUser.ADAM));

        assertThat(records(id)).extracting(r -> r.get("username") + " " + r.get("action") + " " + r.get("outcome"))
                .containsExactly("sam REQUEST_REFERRAL ALLOWED", "hana READ_REFERRAL ALLOWED",
                        "hana CHANGE_REFERRAL_STATUS ALLOWED", "hana CHANGE_REFERRAL_STATUS ALLOWED",
                        "carl READ_REFERRAL DENIED", "sara EXPORT_REFERRAL_FHIR DENIED", "adam ROLE_REFUSED GET DENIED");
        assertThat(records(id).getFirst().get("case_id")).isEqualTo(samsActiveCase());
        String everything = jdbc.sql("select string_agg(a::text, ' ') from audit_record a where record_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(everything).doesNotContain("breathlessness", "the patient");
    }

    @Test
    void aReferralForACaseNotTheirsIsRecordedAsDenied() {
        UUID caseId = samsActiveCase();

        refer(TestUser.SARA, caseId, HOME_HOSPICE);

        List<Map<String, Object>> denied = jdbc.sql("""
                select * from audit_record where case_id = :id and username = 'sara'""").param("id", caseId)
                .query().listOfRows();
        assertThat(denied).extracting(r -> r.get("action") + " " + r.get("outcome"))
                .containsExactly("REQUEST_REFERRAL DENIED");
    }

    private List<Map<String, Object>> records(UUID referralId) {
        return jdbc.sql("select * from audit_record where record_id = :id order by id").param("id", referralId)
                .query().listOfRows();
    }
}
