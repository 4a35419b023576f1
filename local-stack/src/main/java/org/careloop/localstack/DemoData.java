package org.careloop.localstack;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.servers.KeycloakServer;
import org.careloop.servers.Polling;

/**
 * Fictional people for every screen, entered the way people would, through the gateway with the demo users' tokens:
 * first the demo directory ({@link DemoDirectory}, as the admin adam: a production database has an empty one), then
 * cases of sam and sara (pleural and peritoneal mesothelioma) with families, assessments, wishes and treatments;
 * referrals in several statuses to Sunrise Hospice and Riverside Community Aid (one with the patient's summary shared
 * under consent and a conversation on it); a patient who died last month
 * with the family's bereavement plan active.
 */
public final class DemoData {

    /** Sunrise Home Hospice, a service of the demo directory: hana's organization takes its referrals. */
    public static final String HOME_HOSPICE = DemoDirectory.HOME_HOSPICE;
    private static final String MUSIC_THERAPY = "5e4c0000-0000-4000-8000-000000000104";
    private static final String MEALS_AT_HOME = "5e4c0000-0000-4000-8000-000000000201";
    private static final String DRIVERS = "5e4c0000-0000-4000-8000-000000000203";
    private static final String CARER_RESPITE = "5e4c0000-0000-4000-8000-000000000202";

    private final ApiClient api;
    private final KeycloakServer keycloak;

    DemoData(ApiClient api, KeycloakServer keycloak) {
        this.api = api;
        this.keycloak = keycloak;
    }

    void load(Consumer<String> progress) {
        progress.accept("  the demo directory of organizations and services ...");
        DemoDirectory.load(api, keycloak);
        String sam = keycloak.token("sam", "demo");
        String sara = keycloak.token("sara", "demo");
        String hana = keycloak.token("hana", "demo");
        String carl = keycloak.token("carl", "demo");
        // the people sign in once, so the services know their teams and mail addresses
        for (String token : List.of(sam, sara, keycloak.token("sue", "demo"), hana, carl)) {
            api.get("/api/cases", token);
            api.get("/api/notifications", token);
        }

        progress.accept("  cases of sam ...");
        UUID walter = openCase(sam, "Walter", "Hale", "1951-03-14", "Malignant pleural mesothelioma", "right pleura",
                "IV", "2025-06-01");
        activate(sam, walter);
        family(sam, walter, "Ada Hale", "spouse", "HIGH", true);
        family(sam, walter, "Tom Hale", "son", "MODERATE", false);
        assess(sam, walter, 2, 3, 2, 1, 3, 2, "Breathless at night; worried about the mortgage");
        wishes(sam, walter, "Comfort at home with his garden in view", "Ada Hale", "HOME");
        treatments(sam, walter, "CHEMOTHERAPY", "THORACENTESIS", "PLEURODESIS");
        // Walter and Ada agreed that Sunrise may know who he is, how to reach them and what he is ill with
        UUID toSunrise = refer(sam, walter, HOME_HOSPICE, "Wishes to die at home; needs night nursing", "urgent",
                List.of("IDENTITY", "CONTACT", "CLINICAL"), Map.of(
                        "patient", Map.of("givenName", "Walter", "familyName", "Hale", "dateOfBirth", "1951-03-14"),
                        "primaryContact", Map.of("name", "Ada Hale", "relationship", "spouse"),
                        "diagnosis", Map.of("condition", "Malignant pleural mesothelioma", "stage", "IV"),
                        "preferredPlaceOfDeath", "HOME",
                        "note", "Ada is his carer and is exhausted; mornings are the best time to call."));
        message(sam, toSunrise, "Could your nurse visit on Thursday morning?");
        message(hana, toSunrise, "Yes: Thursday at 10:00, our nurse will call Ada on the way.");
        status(hana, toSunrise, "accepted", null, null);
        status(hana, toSunrise, "in-progress", null, null);
        UUID meals = refer(sam, walter, MEALS_AT_HOME, "Ada can no longer cook and care at once", "routine");
        status(carl, meals, "accepted", null, null);
        refer(sam, walter, MUSIC_THERAPY, "Loved choir singing; anxious in the evenings", "routine");

        UUID rosa = openCase(sam, "Rosa", "Delgado", "1958-11-02", "Peritoneal mesothelioma", "peritoneum", "III",
                "2025-09-15");
        family(sam, rosa, "Luis Delgado", "husband", "MODERATE", true);
        assess(sam, rosa, 1, 2, 3, 1, 2, 1, "Asks about meaning and forgiveness");
        treatments(sam, rosa, "IMMUNOTHERAPY", "PARACENTESIS");
        UUID drivers = refer(sam, rosa, DRIVERS, "Paracentesis twice a week at the district hospital", "routine");
        status(carl, drivers, "rejected", "No volunteer drivers on weekday mornings until March", "no-capacity");

        progress.accept("  cases of sara ...");
        UUID joseph = openCase(sara, "Joseph", "Okonkwo", "1947-07-21", "Malignant pleural mesothelioma",
                "left pleura", "IV", "2025-03-10");
        activate(sara, joseph);
        family(sara, joseph, "Grace Okonkwo", "daughter", "HIGH", true);
        wishes(sara, joseph, "Time with his grandchildren; no more hospital admissions", "Grace Okonkwo",
                "HOSPICE_FACILITY");
        // carer respite keeps a waiting list: sara accepts it, and Riverside takes Grace on when a sitter is free
        UUID respite = refer(sara, joseph, CARER_RESPITE, "Grace is exhausted after six weeks of night care",
                "urgent", List.of("IDENTITY"), Map.of("patient", Map.of("givenName", "Joseph", "familyName",
                        "Okonkwo", "dateOfBirth", "1947-07-21")), true);
        status(carl, respite, "accepted", null, null);
        status(carl, respite, "completed", null, "got-help");

        progress.accept("  a patient who died last month, and the family's bereavement plan ...");
        UUID margaret = openCase(sara, "Margaret", "Ellison", "1943-01-30", "Peritoneal mesothelioma", "peritoneum",
                "IV", "2024-12-01");
        activate(sara, margaret);
        family(sara, margaret, "Henry Ellison", "husband", "HIGH", true);
        family(sara, margaret, "Claire Ellison", "daughter", "LOW", false);
        Response died = api.post("/api/cases/" + margaret + "/status", sara, Map.of("status", "DECEASED",
                "dateOfDeath", LocalDate.now().minusMonths(1).toString(), "reason", "Died peacefully at home"));
        check(died, 200);
        Polling.until("the bereavement plans", Duration.ofSeconds(60), Duration.ofMillis(250), () -> {
            Response plans = api.get("/api/bereavement-plans?caseId=" + margaret, sara);
            return plans.status() == 200 && plans.json().get("items").size() == 2;
        });
    }

    private UUID openCase(String token, String given, String family, String born, String condition, String site,
            String stage, String diagnosed) {
        Response response = api.post("/api/cases", token, Map.of(
                "patient", Map.of("givenName", given, "familyName", family, "dateOfBirth", born),
                "diagnosis", Map.of("condition", condition, "site", site, "stage", stage, "diagnosedOn", diagnosed)));
        check(response, 201);
        return UUID.fromString(response.json().get("id").asString());
    }

    private void activate(String token, UUID caseId) {
        check(api.post("/api/cases/" + caseId + "/status", token, Map.of("status", "ACTIVE")), 200);
    }

    private void family(String token, UUID caseId, String name, String relationship, String risk, boolean primary) {
        check(api.post("/api/cases/" + caseId + "/family-members", token, Map.of("name", name,
                "relationship", relationship, "bereavementRisk", risk, "isPrimaryContact", primary,
                "isCaregiver", primary)), 201);
    }

    private void assess(String token, UUID caseId, int social, int emotional, int spiritual, int family,
            int financial, int practical, String summary) {
        check(api.post("/api/cases/" + caseId + "/assessments", token, Map.of(
                "social", Map.of("score", social), "emotional", Map.of("score", emotional),
                "spiritual", Map.of("score", spiritual), "family", Map.of("score", family),
                "financial", Map.of("score", financial, "notes", "asbestos trust claim to be filed"),
                "practical", Map.of("score", practical), "summary", summary)), 201);
    }

    private void wishes(String token, UUID caseId, String goals, String proxy, String place) {
        check(api.put("/api/cases/" + caseId + "/wishes", token, Map.of("goalsOfCare", goals,
                "healthCareProxy", Map.of("name", proxy, "relationship", "family"), "polstStatus", "COMFORT_FOCUSED",
                "codeStatus", "DNR", "preferredPlaceOfDeath", place, "lastReviewedOn", LocalDate.now().toString())),
                200);
    }

    private void treatments(String token, UUID caseId, String... kinds) {
        List<Map<String, Object>> treatments = java.util.Arrays.stream(kinds)
                .<Map<String, Object>>map(kind -> Map.of("kind", kind, "status", "COMPLETED")).toList();
        check(api.put("/api/cases/" + caseId + "/treatment-summary", token, Map.of("treatments", treatments,
                "symptomMedications", List.of("oral morphine for breathlessness"),
                "holisticTherapies", List.of("MUSIC_THERAPY"))), 200);
    }

    private UUID refer(String token, UUID caseId, String serviceId, String reason, String priority) {
        return refer(token, caseId, serviceId, reason, priority, List.of(), Map.of(), false);
    }

    private UUID refer(String token, UUID caseId, String serviceId, String reason, String priority,
            List<String> scope, Map<String, Object> shared) {
        return refer(token, caseId, serviceId, reason, priority, scope, shared, false);
    }

    /**
     * A referral sharing with the receiver the parts of the patient's summary the consent's scope names, onto the
     * service's waiting list if asked. referral-service learns of a new case from its event a moment later: while it
     * does not know the case yet (404), try again; any other answer is final.
     */
    private UUID refer(String token, UUID caseId, String serviceId, String reason, String priority,
            List<String> scope, Map<String, Object> shared, boolean waitingList) {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("caseId", caseId.toString(), "serviceId",
                serviceId, "reason", reason, "priority", priority, "consent", Map.of("obtained", true,
                        "obtainedFrom", "the patient", "obtainedOn", LocalDate.now().toString(), "scope", scope)));
        if (!shared.isEmpty()) {
            request.put("shared", shared);
        }
        if (waitingList) {
            request.put("waitingListAccepted", true);
        }
        Response created = Polling.untilPresent("referral-service knows case " + caseId, Duration.ofSeconds(60),
                Duration.ofMillis(200), () -> Optional.of(api.post("/api/referrals", token, request))
                        .filter(response -> response.status() != 404));
        check(created, 201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private void message(String token, UUID referralId, String text) {
        check(api.post("/api/referrals/" + referralId + "/messages", token, Map.of("text", text)), 201);
    }

    private void status(String token, UUID referralId, String status, String reason, String outcome) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("status", status));
        if (reason != null) {
            body.put("reason", reason);
        }
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        check(api.post("/api/referrals/" + referralId + "/status", token, body), 200);
    }

    private static void check(Response response, int expected) {
        if (response.status() != expected) {
            // the status and the problem's type only: a body may echo the (fictional) patient it was about
            String problem = response.contentType() != null && response.contentType().contains("problem+json")
                    ? " " + response.json().path("type").asString("") : "";
            throw new IllegalStateException("Demo data: expected " + expected + " but got " + response.status()
                    + problem);
        }
    }
}
