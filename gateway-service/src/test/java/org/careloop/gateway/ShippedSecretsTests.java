package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ShippedSecretsTests {

    @Test
    void outsideTheLocalProfileTheShippedClientSecretOrAdminPasswordStopsTheStart() {
        assertThatThrownBy(() -> ShippedSecrets.check(new MockEnvironment()
                .withProperty(ShippedSecrets.CLIENT_SECRET, "careloop-gateway-local-secret")))
                .hasMessageContaining("client-secret is a default secret");
        assertThatThrownBy(() -> ShippedSecrets.check(new MockEnvironment()
                .withProperty(ShippedSecrets.CLIENT_SECRET, "a-real-one")
                .withProperty(ShippedSecrets.KEYCLOAK_ADMIN_PASSWORD, "admin")))
                .hasMessageContaining("KEYCLOAK_ADMIN_PASSWORD");
    }

    @Test
    void realSecretsStartAnywhereAndShippedOnesLocally() {
        assertThatCode(() -> ShippedSecrets.check(new MockEnvironment()
                .withProperty(ShippedSecrets.CLIENT_SECRET, "a-real-one"))).doesNotThrowAnyException();
        MockEnvironment local = new MockEnvironment()
                .withProperty(ShippedSecrets.CLIENT_SECRET, "careloop-gateway-local-secret")
                .withProperty(ShippedSecrets.KEYCLOAK_ADMIN_PASSWORD, "admin");
        local.setActiveProfiles("local");
        assertThatCode(() -> ShippedSecrets.check(local)).doesNotThrowAnyException();
    }
}
