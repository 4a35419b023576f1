package org.careloop.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak from the distribution the build copies (about a minute: the first start on a machine unpacks it
 * and makes the realm's fresh database), with CareLoop's realm, as the local run and the whole-stack tests start it.
 */
class KeycloakServerTests {

    @Test
    void importsTheRealmAndIssuesTokensToItsDemoUsers() {
        try (KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("careloop.keycloak.zip")),
                Path.of(System.getProperty("careloop.keycloak.realm")))) {

            String token = keycloak.token("sam", "demo");

            JsonNode claims = JsonMapper.builder().build().readTree(
                    new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
            assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuerUri());
            assertThat(claims.get("preferred_username").asString()).isEqualTo("sam");
            assertThat(keycloak.tokenResponse("careloop-cli", "sam", "not-the-password").statusCode())
                    .isEqualTo(401);
        }
    }
}
