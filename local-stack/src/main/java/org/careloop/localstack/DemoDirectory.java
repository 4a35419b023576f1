package org.careloop.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.careloop.servers.ApiClient;
import org.careloop.servers.ApiClient.Response;
import org.careloop.servers.KeycloakServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo resource directory: a realistic, fictional directory of local organizations, every category and what a
 * family facing mesothelioma needs. A production database starts with an empty directory; the demo (and the
 * whole-stack tests and benchmarks) enter this one the way an admin would, through the directory API with adam's
 * token. Organization ids are fixed: Keycloak's {@code org_id} claim of the demo hospice and partner staff (hana,
 * carl) names them. Loading twice adds only what is missing.
 */
public final class DemoDirectory {

    /** Sunrise Hospice, hana's organization. */
    public static final String SUNRISE_HOSPICE = "5a1e0000-0000-4000-8000-000000000001";
    /** Sunrise Hospice's home hospice care: hana's organization takes its referrals. */
    public static final String HOME_HOSPICE = "5e4c0000-0000-4000-8000-000000000101";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoDirectory() {
    }

    /** Enters the demo directory through the gateway (or a referral-service) at {@code api}, as the demo admin. */
    public static void load(ApiClient api, KeycloakServer keycloak) {
        load(api, keycloak.token("adam", "demo"));
    }

    /** Enters the demo directory through {@code api} with an admin's token. */
    public static void load(ApiClient api, String adminToken) {
        JsonNode directory = directory();
        for (JsonNode organization : directory.get("organizations")) {
            add(api, adminToken, "/api/directory/organizations", organization);
        }
        for (JsonNode service : directory.get("services")) {
            add(api, adminToken, "/api/directory/services", service);
        }
    }

    /** Adds an entry unless its id is there already; waits out the gateway's rate limit (429) as a client would. */
    private static void add(ApiClient api, String token, String path, JsonNode entry) {
        String id = entry.get("id").asString();
        for (int attempt = 1; attempt <= 30; attempt++) {
            Response existing = api.get(path + "/" + id, token);
            if (existing.status() == 200) {
                return;
            }
            if (existing.status() == 404) {
                Response added = api.post(path, token, entry);
                if (added.status() == 201) {
                    return;
                }
                if (added.status() != 429) {
                    throw new IllegalStateException("Demo directory: could not add " + path + "/" + id + ": " + added);
                }
            } else if (existing.status() != 429) {
                throw new IllegalStateException("Demo directory: could not read " + path + "/" + id + ": " + existing);
            }
            pause();
        }
        throw new IllegalStateException("Demo directory: still rate-limited adding " + path + "/" + id);
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo directory", e);
        }
    }

    private static JsonNode directory() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream("demo-directory.json")) {
            if (in == null) {
                throw new IllegalStateException("demo-directory.json is missing");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
