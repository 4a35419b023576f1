package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.careloop.localstack.DemoData;
import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attacks against the whole stack, pass = 100%: forged and misused tokens at the gateway and at every service called
 * directly, other people's cases and referrals behind every endpoint, fields a role must not write, the audit trail
 * out of the services' reach, brute force on the login.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Scenario scenario = new Scenario();
    private static final Stack stack = scenario.stack;
    /** A real Keycloak token that expires five seconds after it was issued (plus the services' 60 s clock skew). */
    private static String shortLived;
    private static long shortLivedAt;

    @BeforeAll
    static void shortLivedToken() {
        stack.stack.keycloak().addClient("""
                {"clientId": "s3-short-lived", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "5"},
                 "protocolMappers": [{"name": "careloop-api audience", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "careloop-api", "access.token.claim": "true"}}]}""");
        shortLived = stack.stack.keycloak().token("s3-short-lived", "sam", "demo");
        shortLivedAt = System.nanoTime();
    }

    /** Where each service is reached: through the gateway and directly, with a read every role may make. */
    private static Map<String, String> entrances() {
        Map<String, String> entrances = new LinkedHashMap<>();
        entrances.put(stack.gateway.url(), "/api/notifications");
        entrances.put(stack.cases.url(), "/api/cases");
        entrances.put(stack.referrals.url(), "/api/referrals");
        entrances.put(stack.notifications.url(), "/api/notifications");
        return entrances;
    }

    @Test
    @Order(1)
    void s3_forgedAndMisusedTokensAre401AtTheGatewayAndAtEveryService() throws Exception {
        String sam = stack.token("sam");
        String[] parts = sam.split("\\.");
        String header = decode(parts[0]);
        String payload = decode(parts[1]);
        String kid = JSON.readTree(header).get("kid").asString();

        String tampered = parts[0] + "." + encode(payload.replace("\"sam\"", "\"sue\"")
                .replace("social-worker", "supervisor")) + "." + parts[2];
        String algNone = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        byte[] publicKey = keycloakPublicKey(kid);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n";
        String hsWithDer = hs256(publicKey, kid, parts[1]);
        String hsWithPem = hs256(pem.getBytes(StandardCharsets.US_ASCII), kid, parts[1]);
        String otherIssuer = stack.stack.keycloak().masterToken("admin-cli", "admin", "admin");
        stack.stack.keycloak().addClientWithoutCareLoopAudience("s3-another-app");
        String otherAudience = stack.stack.keycloak().token("s3-another-app", "sam", "demo");

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("tampered claims", tampered);
        attacks.put("alg none", algNone);
        attacks.put("HS256 signed with the RSA public key (DER)", hsWithDer);
        attacks.put("HS256 signed with the RSA public key (PEM)", hsWithPem);
        attacks.put("another issuer (Keycloak's master realm)", otherIssuer);
        attacks.put("another audience", otherAudience);
        attacks.put("no signature at all", parts[0] + "." + parts[1]);
        attacks.put("garbage", "not.a.jwt");

        int checks = 0;
        for (var entrance : entrances().entrySet()) {
            ApiClient client = new ApiClient(entrance.getKey());
            assertThat(client.get(entrance.getValue(), sam).status()).as("the real token at " + entrance.getKey())
                    .isEqualTo(200);
            for (var attack : attacks.entrySet()) {
                Response response = client.get(entrance.getValue(), attack.getValue());
                assertThat(response.status()).as(attack.getKey() + " at " + entrance.getKey()).isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/problem+json");
                checks++;
            }
        }
        Scenario.report("S3", "%d forged or misused tokens x %d entrances (gateway and each service directly): all %d "
                .formatted(attacks.size(), entrances().size(), checks) + "answered 401 problem; expired: see S3b");
    }

    @Test
    @Order(2)
    void s1_otherPeoplesCasesAndReferralsAreInvisibleBehindEveryEndpoint() {
        String sam = stack.token("sam");
        String sara = stack.token("sara");
        String hana = stack.token("hana");
        String carl = stack.token("carl");
        ApiClient gateway = scenario.gateway;
        String caseId = scenario.caseKnownToReferrals(sam);
        String familyMember = gateway.post("/api/cases/" + caseId + "/family-members", sam, Map.of("name",
                "Ada Okonkwo", "relationship", "daughter", "bereavementRisk", "HIGH")).json().get("id").asString();
        Response referral = gateway.post("/api/referrals", sam, scenario.referral(caseId));
        assertThat(referral.status()).isEqualTo(201);
        String referralId = referral.json().get("id").asString();
        String c = "/api/cases/" + caseId;
        Map<String, Object> anyBody = Map.of("text", "x");

        List<String[]> denied = new ArrayList<>();
        // sara, a social worker of the same team, holds nothing of sam's case
        for (String[] call : new String[][] {
                { "GET", c }, { "POST", c + "/status" }, { "PUT", c + "/date-of-death" },
                { "POST", c + "/death-entered-in-error" }, { "PUT", c + "/treatment-summary" },
                { "GET", c + "/family-members" }, { "POST", c + "/family-members" }, { "GET", c + "/assessments" },
                { "POST", c + "/assessments" }, { "GET", c + "/wishes" }, { "PUT", c + "/wishes" },
                { "POST", c + "/notes" }, { "GET", c + "/timeline" }, { "GET", "/api/referrals/" + referralId },
                { "POST", "/api/referrals/" + referralId + "/status" }, { "GET", "/api/referrals/" + referralId + "/fhir" },
                { "GET", "/api/bereavement-plans?caseId=" + caseId } }) {
            Response response = send(gateway, call[0], call[1], sara, anyBody);
            assertThat(response.status()).as("sara: " + call[0] + " " + call[1]).isIn(400, 404);
            assertThat(response.body()).doesNotContain("Okonkwo").doesNotContain("Night support");
            denied.add(call);
        }
        assertThat(send(gateway, "POST", c + "/assignment", sara, Map.of("worker", "sara")).status()).isEqualTo(403);
        assertThat(gateway.get("/api/cases?q=Okonkwo", sara).json().get("total").asInt()).isZero();
        assertThat(gateway.get("/api/referrals?caseId=" + caseId, sara).json().get("total").asInt()).isZero();

        // carl works for another organization: sunrise's referral does not exist for him, nor its notifications
        for (String[] call : new String[][] { { "GET", "/api/referrals/" + referralId },
                { "POST", "/api/referrals/" + referralId + "/status" }, { "GET", "/api/referrals/" + referralId + "/fhir" } }) {
            Response response = send(gateway, call[0], call[1], carl, Map.of("status", "accepted"));
            assertThat(response.status()).as("carl: " + call[0] + " " + call[1]).isEqualTo(404);
            denied.add(call);
        }
        assertThat(send(gateway, "GET", c, carl, null).status()).isEqualTo(403);
        Awaitility.await("hana is told").atMost(Duration.ofSeconds(30)).until(() -> gateway.get(
                "/api/notifications?size=100", hana).body().contains(referralId));
        assertThat(gateway.get("/api/notifications?size=100", carl).body()).doesNotContain(referralId);
        String hanasNotification = gateway.get("/api/notifications?size=100", hana).json().get("items").valueStream()
                .filter(n -> n.get("link").asString().contains(referralId)).findFirst().orElseThrow().get("id")
                .asString();
        assertThat(gateway.post("/api/notifications/" + hanasNotification + "/read", carl, Map.of()).status())
                .isEqualTo(404);

        // mass assignment: fields nobody may set through these calls are refused, never applied
        Response sneaky = gateway.post("/api/cases", sam, Map.of(
                "patient", Map.of("givenName", "Mo", "familyName", "Reyes", "dateOfBirth", "1950-01-01"),
                "diagnosis", Map.of("condition", "Pleural mesothelioma"), "status", "CLOSED", "team", "palliative-south",
                "id", UUID.randomUUID().toString()));
        assertThat(sneaky.status()).isEqualTo(400);
        Response sneakyFamily = gateway.post(c + "/family-members", sam, Map.of("name", "Bo", "relationship", "son",
                "bereavementRisk", "LOW", "caseId", UUID.randomUUID().toString()));
        assertThat(sneakyFamily.status()).isEqualTo(400);
        Response sneakyReferral = gateway.post("/api/referrals", sam, Map.of("caseId", caseId, "serviceId",
                DemoData.HOME_HOSPICE, "reason", "x", "priority", "routine", "status", "accepted",
                "organizationId", UUID.randomUUID().toString(), "consent", Map.of("obtained", true, "obtainedFrom",
                        "patient", "obtainedOn", LocalDate.now().toString())));
        assertThat(sneakyReferral.status()).isEqualTo(400);
        assertThat(gateway.post("/api/referrals/" + referralId + "/status", sam, Map.of("status", "accepted"))
                .status()).as("the requester cannot accept for the hospice").isEqualTo(403);
        assertThat(familyMember).isNotBlank();
        Scenario.report("S1", "%d calls on another worker's case or another organization's referral answered 404 "
                .formatted(denied.size()) + "(no data in the body), reassignment by a social worker 403, lists empty, "
                + "no notification to the other organization, 4 mass-assignment attempts refused (400/403)");
    }

    @Test
    @Order(3)
    void s6_theServicesCannotChangeOrDeleteTheAuditTrailAndEachAccessIsRecordedOnce() throws Exception {
        String sam = stack.token("sam");
        String caseId = scenario.caseKnownToReferrals(sam);
        String count = "select count(*) from audit_record where case_id = '" + caseId + "'";
        long before = scenario.count("cases", count);
        assertThat(scenario.gateway.get("/api/cases/" + caseId, sam).status()).isEqualTo(200);
        assertThat(scenario.gateway.get("/api/cases/" + caseId, stack.token("sara")).status()).isEqualTo(404);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> scenario.count("cases", count) == before + 2);

        scenario.gateway.get("/api/referrals?caseId=" + caseId, sam); // each service has records of its own
        scenario.gateway.get("/api/bereavement-plans?caseId=" + caseId, sam);
        for (String database : List.of("cases", "referrals", "notifications")) {
            assertThat(scenario.count(database, "select count(*) from audit_record")).as(database).isPositive();
            try (Connection asService = scenario.connectAsService(database);
                    Statement statement = asService.createStatement()) {
                for (String change : List.of("update audit_record set username = 'someone else'",
                        "delete from audit_record", "truncate audit_record")) {
                    Assertions.assertThatThrownBy(() -> statement.executeUpdate(change))
                            .as(database + ": " + change).isInstanceOf(SQLException.class);
                }
            }
        }
        assertThat(scenario.count("cases", count)).isEqualTo(before + 2);
        long sealed = 0;
        for (String database : List.of("cases", "referrals", "notifications")) {
            Awaitility.await(database + ": every audit record sealed").atMost(Duration.ofSeconds(30))
                    .until(() -> scenario.count(database,
                            "select count(*) from audit_record where chain_hash is null") == 0);
            assertThat(scenario.query(database, "select verify_audit_chain()", rs -> rs.getObject(1)))
                    .as(database + ": the hash chain holds").containsOnlyNulls();
            sealed += scenario.count(database, "select count(*) from audit_record");
        }
        Scenario.report("S6", "one audit record per access (allowed and denied); UPDATE, DELETE and TRUNCATE on "
                + "audit_record refused to the database users of all 3 services; %d records sealed in their hash "
                        .formatted(sealed) + "chains, verify_audit_chain() finds them whole");
    }

    @Test
    @Order(4)
    void s5_repeatedBadPasswordsLockTheAccountForAWhile() {
        String username = "s5-" + UUID.randomUUID().toString().substring(0, 8);
        int created = stack.stack.keycloak().admin("POST", "/admin/realms/careloop/users", """
                {"username": "%s", "enabled": true, "email": "%s@example.org", "emailVerified": true,
                 "firstName": "Test", "lastName": "Person",
                 "credentials": [{"type": "password", "value": "right-one", "temporary": false}]}"""
                .formatted(username, username)).statusCode();
        assertThat(created).isEqualTo(201);
        assertThat(stack.stack.keycloak().tokenResponse("careloop-cli", username, "right-one").statusCode())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(stack.stack.keycloak().tokenResponse("careloop-cli", username, "wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(stack.stack.keycloak().tokenResponse("careloop-cli", username, "right-one").statusCode())
                .as("locked: even the right password is refused for now").isEqualTo(401);
        String userId = JSON.readTree(stack.stack.keycloak().admin("GET",
                "/admin/realms/careloop/users?exact=true&username=" + username, null).body()).get(0).get("id")
                .asString();
        JsonNode lock = JSON.readTree(stack.stack.keycloak().admin("GET",
                "/admin/realms/careloop/attack-detection/brute-force/users/" + userId, null).body());
        assertThat(lock.get("disabled").asBoolean()).isTrue();
        Scenario.report("S5", "5 bad passwords locked the account (the right password refused, Keycloak's attack "
                + "detection reports it disabled); the gateway's rate limits: GatewayIntegrationTests");
    }

    @Test
    @Order(100)
    void s3b_anExpiredTokenIs401AtTheGatewayAndAtEveryService() {
        // Keycloak signed it and it names CareLoop's audience; it expired five seconds after it was issued and the
        // services allow 60 s of clock skew. By this last test of the class most of that time has passed.
        Awaitility.await("the token to be past its expiry and the skew").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> System.nanoTime() - shortLivedAt > Duration.ofSeconds(67).toNanos());
        for (var entrance : entrances().entrySet()) {
            Response response = new ApiClient(entrance.getKey()).get(entrance.getValue(), shortLived);
            assertThat(response.status()).as("expired at " + entrance.getKey()).isEqualTo(401);
        }
        Scenario.report("S3b", "a Keycloak token past its expiry (and the 60 s skew) answered 401 at all 4 entrances");
    }

    private static Response send(ApiClient client, String method, String path, String token, Object body) {
        try {
            return client.send(method, path, token, body == null ? null : JSON.writeValueAsString(body),
                    body == null ? null : "application/json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] keycloakPublicKey(String kid) throws Exception {
        HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                stack.stack.keycloak().issuerUri() + "/protocol/openid-connect/certs")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode key : JSON.readTree(jwks.body()).get("keys")) {
            if (kid.equals(key.get("kid").asString())) {
                byte[] certificate = Base64.getDecoder().decode(key.get("x5c").get(0).asString());
                return CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(certificate)).getPublicKey().getEncoded();
            }
        }
        throw new AssertionError("no key " + kid + " in Keycloak's JWKS");
    }

    private static String hs256(byte[] key, String kid, String payloadPart) throws Exception {
        String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "." + payloadPart;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
