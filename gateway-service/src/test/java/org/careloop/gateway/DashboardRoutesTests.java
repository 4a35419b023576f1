package org.careloop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page address of the dashboard loads the dashboard when opened directly (a bookmark, a reload, a link). */
class DashboardRoutesTests {

    @ParameterizedTest
    @ValueSource(strings = { "/cases", "/cases/c-1/referrals", "/referrals/r-1", "/team", "/directory",
            "/directory/services/5e4c0000-0000-4000-8000-000000000101", "/admin/directory",
            "/admin/directory/organizations/5a1e0000-0000-4000-8000-000000000001", "/admin/mail-failures" })
    void aPageOfTheDashboardIsServedItsIndex(String path) {
        assertThat(DashboardRoutes.isDashboardRoute(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/directory/services", "/api/cases", "/actuator/health", "/directoryx",
            "/administration", "/oauth2/authorization/keycloak" })
    void anythingElseIsNot(String path) {
        assertThat(DashboardRoutes.isDashboardRoute(path)).isFalse();
    }
}
