package org.careloop.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.referrals.ReferralServiceIntegrationTest;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.TestUser;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The patient summary shared under the consent's scope: stored as sent, shown at both ends, never beyond it. */
class ReferralSharingIntegrationTests extends ReferralServiceIntegrationTest {

    static Map<String, Object> everything() {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("givenName", " Rosa ");
        patient.put("familyName", "Delgado");
        patient.put("dateOfBirth", "1948-05-02");
        patient.put("phone", "+1 555 0101");
        patient.put("address", "12 Elm Street, Springfield");
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("patient", patient);
        shared.put("primaryContact", Map.of("name", "Ana Delgado", "relationship", "daughter", "phone", "+1 555 0102"));
        shared.put("diagnosis", Map.of("condition", "Pancreatic cancer", "stage", "IV"));
        shared.put("preferredPlaceOfDeath", "HOME");
        shared.put("note", "Please call the daughter first");
        return shared;
    }

    static Map<String, Object> sharing(UUID caseId, Map<String, Object> shared, String... scope) {
        Map<String, Object> request = referralRequest(caseId, HOME_HOSPICE);
        @SuppressWarnings("unchecked")
        Map<String, Object> consent = new LinkedHashMap<>((Map<String, Object>) request.get("consent"));
        consent.put("scope", List.of(scope));
        request.put("consent", consent);
        request.put("shared", shared);
        return request;
    }

    @Test
    void whatIsSharedWithinTheScopeIsStoredAsSentAndShownToTheReceiver() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");

        Response created = api.post("/api/referrals", token(TestUser.SAM),
                sharing(caseId, everything(), "CLINICAL", "IDENTITY", "CONTACT"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        JsonNode atHospice = api.get("/api/referrals/" + id, token(TestUser.HANA)).json();
        for (JsonNode seen : List.of(created.json(), atHospice)) {
            assertThat(seen.get("consent").get("scope").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("IDENTITY", "CONTACT", "CLINICAL");
            JsonNode shared = seen.get("shared");
            assertThat(shared.get("patient").get("givenName").asString()).isEqualTo("Rosa");
            assertThat(shared.get("patient").get("dateOfBirth").asString()).isEqualTo("1948-05-02");
            assertThat(shared.get("patient").get("address").asString()).isEqualTo("12 Elm Street, Springfield");
            assertThat(shared.get("primaryContact").get("relationship").asString()).isEqualTo("daughter");
            assertThat(shared.get("diagnosis").get("stage").asString()).isEqualTo("IV");
            assertThat(shared.get("preferredPlaceOfDeath").asString()).isEqualTo("HOME");
            assertThat(shared.get("note").asString()).isEqualTo("Please call the daughter first");
        }
        JsonNode listed = api.get("/api/referrals?caseId=" + caseId, token(TestUser.SAM)).json().get("items").get(0);
        assertThat(listed.get("shared").get("patient").get("familyName").asString()).isEqualTo("Delgado");
    }

    @Test
    void identityAloneIsAllTheReceiverLearns() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Map<String, Object> identity = Map.of("patient",
                Map.of("givenName", "Rosa", "familyName", "Delgado", "dateOfBirth", "1948-05-02", "phone", " "));

        Response created = api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, identity, "IDENTITY"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode shared = api.get("/api/referrals/" + created.json().get("id").asString(), token(TestUser.HANA))
                .json().get("shared");
        assertThat(shared.get("patient").get("phone").isNull()).isTrue();
        assertThat(shared.get("primaryContact").isNull()).isTrue();
        assertThat(shared.get("diagnosis").isNull()).isTrue();
    }

    @Test
    void nothingSharedIsNullAndTheScopeEmpty() {
        Response created = refer(TestUser.SAM, givenCase(TestUser.SAM, "ACTIVE"), HOME_HOSPICE);

        assertThat(created.json().get("shared").isNull()).isTrue();
        assertThat(created.json().get("consent").get("scope").isEmpty()).isTrue();
    }

    @Test
    void aPartOutsideTheScopeIs422NamingEachFieldAndThePartAndStoresNothing() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");

        Response refused = api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, everything(), "IDENTITY"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString())
                .isEqualTo("https://careloop.dev/problems/outside-consent-scope");
        assertThat(refused.json().get("title").asString()).isEqualTo("Shared beyond the consent");
        assertThat(refused.json().get("parts").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CONTACT", "CLINICAL");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("shared.patient.phone",
                "shared.patient.address", "shared.primaryContact", "shared.diagnosis", "shared.preferredPlaceOfDeath");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .isEqualTo("is CONTACT, which the consent does not cover");
        assertThat(referralsOf(caseId)).isZero();
        assertThat(api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, everything())).status())
                .isEqualTo(422);
        assertThat(referralsOf(caseId)).isZero();
    }

    @Test
    void badFieldsWithinTheScopeAre400AndStoreNothing() {
        UUID caseId = givenCase(TestUser.SAM, "ACTIVE");
        Map<String, Object> partial = Map.of("patient", Map.of("givenName", "Rosa", "dateOfBirth", "2999-01-01"),
                "primaryContact", Map.of("name", "Ana Delgado"));
        Map<String, Object> unknownPlace = Map.of("preferredPlaceOfDeath", "MOON");
        Map<String, Object> longNote = Map.of("note", "x".repeat(2001));

        Response incomplete = api.post("/api/referrals", token(TestUser.SAM),
                sharing(caseId, partial, "IDENTITY", "CONTACT"));
        Response place = api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, unknownPlace, "CLINICAL"));
        Response note = api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, longNote));
        Response scope = api.post("/api/referrals", token(TestUser.SAM), sharing(caseId, Map.of(), "EVERYTHING"));

        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").findValuesAsString("field")).containsExactly(
                "shared.patient.familyName", "shared.patient.dateOfBirth", "shared.primaryContact.relationship");
        assertThat(place.status()).as(place.toString()).isEqualTo(400);
        assertThat(place.json().get("errors").findValuesAsString("field")).contains("shared.preferredPlaceOfDeath");
        assertThat(note.status()).as(note.toString()).isEqualTo(400);
        assertThat(note.json().get("errors").findValuesAsString("field")).containsExactly("shared.note");
        assertThat(scope.status()).as(scope.toString()).isEqualTo(400);
        assertThat(referralsOf(caseId)).isZero();
    }

    private long referralsOf(UUID caseId) {
        return jdbc.sql("select count(*) from referral where case_id = :id").param("id", caseId)
                .query(Long.class).single();
    }
}
