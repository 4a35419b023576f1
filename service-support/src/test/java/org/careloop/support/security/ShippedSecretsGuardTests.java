package org.careloop.support.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ShippedSecretsGuardTests {

    private final ShippedSecretsGuard guard = new ShippedSecretsGuard(Map.of("spring.datasource.password",
            Set.of("cases"), "spring.flyway.password", Set.of("cases_owner")));

    @Test
    void outsideTheLocalProfileAShippedOrBlankSecretStopsTheStart() {
        assertThatThrownBy(() -> guard.check(new MockEnvironment().withProperty("spring.datasource.password", "cases")))
                .hasMessageContaining("spring.datasource.password is a default secret");
        assertThatThrownBy(() -> guard.check(new MockEnvironment().withProperty("spring.datasource.password", "s3cret")
                .withProperty("spring.flyway.password", "cases_owner")))
                .hasMessageContaining("spring.flyway.password");
        assertThatThrownBy(() -> guard.check(new MockEnvironment().withProperty("spring.datasource.password", " ")))
                .isInstanceOf(IllegalStateException.class);
        MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.password", "cases");
        production.setActiveProfiles("production");
        assertThatThrownBy(() -> guard.check(production)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void realSecretsStartAnywhereAndShippedOnesLocally() {
        assertThatCode(() -> guard.check(new MockEnvironment().withProperty("spring.datasource.password",
                "a-real-one"))).doesNotThrowAnyException();
        MockEnvironment local = new MockEnvironment().withProperty("spring.datasource.password", "cases");
        local.setActiveProfiles("local");
        assertThatCode(() -> guard.check(local)).doesNotThrowAnyException();
    }
}
