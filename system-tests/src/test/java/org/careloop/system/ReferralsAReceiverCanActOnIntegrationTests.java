package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.careloop.localstack.DemoData;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.SseClient;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18 end to end, through the gateway with real Keycloak tokens: what the social worker shares under the
 * patient's consent reaches the receiving hospice exactly as consented (its page, its inbox, its FHIR export) and
 * nobody else; both ends talk on the referral and hear of each other's messages live, by a mail without the text.
 */
class ReferralsAReceiverCanActOnIntegrationTests {

    private static final String PATIENT_PHONE = "+1 555 0142 77";
    private static final String PATIENT_ADDRESS = "14 Quarry Lane, Millbrook";

    private final Scenario scenario = new Scenario();
    private final ApiClient gateway = scenario.gateway;

    @Test
    void theSummarySharedUnderTheConsentReachesTheHospiceAndNothingBeyondIt() {
        String sam = scenario.token("sam");
        String hana = scenario.token("hana");
        String familyName = Scenario.uniqueName();
        String caseId = openCase(sam, "Walter", familyName);

        // the patient consented to identity and clinical details, not to contact details
        Map<String, Object> beyond = referral(caseId, List.of("IDENTITY"), Map.of(
                "patient", Map.of("givenName", "Walter", "familyName", familyName, "dateOfBirth", "1944-03-09",
                        "phone", PATIENT_PHONE)));
        Response refused = gateway.post("/api/referrals", sam, beyond);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/outside-consent-scope");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("shared.patient.phone");
        assertThat(refused.json().get("parts").toString()).contains("CONTACT");
        assertThat(gateway.get("/api/referrals?caseId=" + caseId, sam).json().get("total").asInt())
                .as("nothing stored from the refused request").isZero();

        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("patient", Map.of("givenName", "Walter", "familyName", familyName, "dateOfBirth", "1944-03-09"));
        shared.put("diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV"));
        shared.put("preferredPlaceOfDeath", "HOME");
        shared.put("note", "Wife is his carer; mornings are best.");
        Response created = gateway.post("/api/referrals", sam, referral(caseId, List.of("IDENTITY", "CLINICAL"),
                shared));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String referralId = created.json().get("id").asString();

        // hana, at the receiving hospice, sees exactly what was shared
        JsonNode seen = gateway.get("/api/referrals/" + referralId, hana).json();
        JsonNode summary = seen.get("shared");
        assertThat(summary.get("patient").get("familyName").asString()).isEqualTo(familyName);
        assertThat(summary.get("patient").get("dateOfBirth").asString()).isEqualTo("1944-03-09");
        assertThat(summary.get("diagnosis").get("stage").asString()).isEqualTo("IV");
        assertThat(summary.get("preferredPlaceOfDeath").asString()).isEqualTo("HOME");
        assertThat(summary.get("patient").path("phone").isMissingNode() || summary.get("patient").get("phone").isNull())
                .as("no phone was shared").isTrue();
        assertThat(summary.path("primaryContact").isMissingNode() || summary.get("primaryContact").isNull()).isTrue();
        assertThat(seen.get("consent").get("scope").toString()).contains("IDENTITY", "CLINICAL")
                .doesNotContain("CONTACT");
        assertThat(seen.toString()).doesNotContain(PATIENT_PHONE).doesNotContain(PATIENT_ADDRESS);
        // her inbox rows name the patient, since identity was shared
        Awaitility.await("the referral in hana's inbox").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/api/referrals?size=100", hana).body().contains(referralId));
        assertThat(gateway.get("/api/referrals?size=100", hana).body()).contains(familyName);

        // the FHIR export carries a Patient made from the shared identity only, and is valid R4
        Response fhir = gateway.get("/api/referrals/" + referralId + "/fhir", hana);
        assertThat(fhir.status()).isEqualTo(200);
        assertThat(FhirBundles.errorsOf(fhir.body())).as("HAPI's R4 validator").isEmpty();
        JsonNode patient = FhirBundles.resource(fhir.json(), "Patient");
        assertThat(patient.get("name").get(0).get("family").asString()).isEqualTo(familyName);
        assertThat(patient.get("birthDate").asString()).isEqualTo("1944-03-09");
        assertThat(patient.has("telecom")).as("no contact details in the Patient").isFalse();
        assertThat(patient.has("address")).isFalse();
        assertThat(fhir.body()).doesNotContain(PATIENT_PHONE).doesNotContain(PATIENT_ADDRESS);

        // another organization sees nothing of it, anywhere
        String carl = scenario.token("carl");
        assertThat(gateway.get("/api/referrals/" + referralId, carl).status()).isEqualTo(404);
        assertThat(gateway.get("/api/referrals/" + referralId + "/fhir", carl).status()).isEqualTo(404);
        assertThat(gateway.get("/api/referrals/" + referralId + "/messages", carl).status()).isEqualTo(404);
        assertThat(gateway.get("/api/referrals?size=100", carl).body()).doesNotContain(referralId)
                .doesNotContain(familyName);
        assertThat(gateway.get("/api/notifications?size=100", carl).body()).doesNotContain(referralId);
        // and notifications, which are mailed, name nobody
        assertThat(gateway.get("/api/notifications?size=100", hana).body()).doesNotContain(familyName);
    }

    @Test
    void bothEndsTalkOnTheReferralAndHearOfEachOthersMessagesLive() {
        String sam = scenario.token("sam");
        String hana = scenario.token("hana");
        String caseId = openCase(sam, "Agnes", Scenario.uniqueName());
        Response created = gateway.post("/api/referrals", sam, referral(caseId, List.of(), Map.of()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String referralId = created.json().get("id").asString();
        String messages = "/api/referrals/" + referralId + "/messages";
        String stream = gateway.baseUrl() + "/api/notifications/stream";

        try (SseClient samsStream = SseClient.connect(stream, sam).awaitConnected();
                SseClient hanasStream = SseClient.connect(stream, hana).awaitConnected()) {
            Response asked = gateway.post(messages, sam, Map.of("text", "Can you visit Thursday?"));
            assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
            assertThat(asked.json().get("side").asString()).isEqualTo("requester");
            hanasStream.awaitEvents(events -> events.stream().anyMatch(e -> isMessageOn(e, referralId)),
                    Duration.ofSeconds(30));

            Response answered = gateway.post(messages, hana, Map.of("text", "Yes, 10:00"));
            assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
            assertThat(answered.json().get("side").asString()).isEqualTo("receiver");
            samsStream.awaitEvents(events -> events.stream().anyMatch(e -> isMessageOn(e, referralId)),
                    Duration.ofSeconds(30));
            assertThat(samsStream.events()).noneMatch(e -> e.data().contains("10:00"));
            assertThat(hanasStream.events()).noneMatch(e -> e.data().contains("Thursday"));
        }

        for (String token : List.of(sam, hana)) {
            JsonNode thread = gateway.get(messages, token).json();
            assertThat(thread.findValuesAsString("text")).containsExactly("Can you visit Thursday?", "Yes, 10:00");
        }
        Awaitility.await("both messages on the case's timeline").atMost(Duration.ofSeconds(30))
                .until(() -> gateway.get("/api/cases/" + caseId + "/timeline?size=100", sam).json().get("items")
                        .findValuesAsString("kind").stream().filter(kind -> kind.contains("MESSAGE")).count() == 2);
        // the mails say there is a message, never what it says
        Awaitility.await("the mails are queued").atMost(Duration.ofSeconds(30))
                .until(() -> scenario.count("notifications", "select count(*) from outgoing_mail m join notification n"
                        + " on n.id = m.notification_id where n.link = '/referrals/" + referralId + "'"
                        + " and n.kind = 'REFERRAL_MESSAGE'") >= 1);
        assertThat(scenario.count("notifications", "select count(*) from outgoing_mail where body like '%Thursday%'"
                + " or body like '%10:00%' or subject like '%Thursday%' or subject like '%10:00%'")).isZero();

        // bad messages are refused, and store nothing
        assertThat(gateway.post(messages, sam, Map.of("text", "  ")).status()).isEqualTo(400);
        assertThat(gateway.post(messages, sam, Map.of("text", "x".repeat(4001))).status()).isEqualTo(400);
        assertThat(gateway.post(messages, scenario.token("carl"), Map.of("text", "Not ours")).status())
                .isEqualTo(404);
        assertThat(gateway.get(messages, sam).json().size()).isEqualTo(2);
    }

    private static boolean isMessageOn(SseClient.Event event, String referralId) {
        return event.data().contains("REFERRAL_MESSAGE") && event.data().contains(referralId);
    }

    /** A case of sam's with contact details, a primary contact and a wish, known to referral-service. */
    private String openCase(String sam, String givenName, String familyName) {
        Response opened = gateway.post("/api/cases", sam, Map.of(
                "patient", Map.of("givenName", givenName, "familyName", familyName, "dateOfBirth", "1944-03-09",
                        "phone", PATIENT_PHONE, "address", PATIENT_ADDRESS),
                "diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV")));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String caseId = opened.json().get("id").asString();
        assertThat(gateway.post("/api/cases/" + caseId + "/family-members", sam, Map.of("name", "Mary " + familyName,
                "relationship", "spouse", "phone", "+1 555 0199 01", "isPrimaryContact", true,
                "bereavementRisk", "MODERATE")).status()).isEqualTo(201);
        return caseId;
    }

    private static Map<String, Object> referral(String caseId, List<String> scope, Map<String, Object> shared) {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("caseId", caseId);
        referral.put("serviceId", DemoData.HOME_HOSPICE);
        referral.put("reason", "Wishes to die at home; needs night nursing");
        referral.put("priority", "urgent");
        referral.put("consent", Map.of("obtained", true, "obtainedFrom", "the patient",
                "obtainedOn", LocalDate.now().toString(), "scope", scope));
        if (!shared.isEmpty()) {
            referral.put("shared", shared);
        }
        return referral;
    }
}
