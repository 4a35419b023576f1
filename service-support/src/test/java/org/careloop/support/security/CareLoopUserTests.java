package org.careloop.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CareLoopUserTests {

    private static final String SUNRISE = "5a1e0000-0000-4000-8000-000000000001";

    @Test
    void aSupervisorOrSocialWorkerNeedsAWellFormedTeam() {
        for (String role : Set.of(CareLoopUser.SUPERVISOR, CareLoopUser.SOCIAL_WORKER)) {
            assertThat(user(role, "palliative-north", null).scopeRefusal()).isNull();
            assertThat(user(role, "Équipe 2", null).scopeRefusal()).isNull();
            for (String team : new String[] { null, "", "   ", " palliative-north", "north\nsouth", "a,b", "%",
                    "x".repeat(101) }) {
                CareLoopUser user = user(role, team, null);
                assertThat(user.scopeRefusal()).as(role + " with team [" + team + "]").contains("no valid team");
                assertThatThrownBy(user::scopeTeam).isInstanceOf(ScopeClaimException.class);
                assertThat(user.isSupervisorOf(team)).isFalse();
            }
        }
    }

    @Test
    void hospiceStaffNeedAnOrganizationId() {
        assertThat(user(CareLoopUser.HOSPICE_STAFF, null, SUNRISE).scopeOrganization())
                .isEqualTo(UUID.fromString(SUNRISE));
        for (String org : new String[] { null, "", "sunrise", "1-1-1-1-1", SUNRISE + " " }) {
            CareLoopUser user = user(CareLoopUser.HOSPICE_STAFF, null, org);
            assertThat(user.scopeRefusal()).as("org_id [" + org + "]").contains("no valid organization");
            assertThatThrownBy(user::scopeOrganization).isInstanceOf(ScopeClaimException.class);
        }
    }

    @Test
    void anAdministratorIsScopedByNoClaim() {
        assertThat(user(CareLoopUser.ADMIN, null, null).scopeRefusal()).isNull();
    }

    private static CareLoopUser user(String role, String team, String orgId) {
        return new CareLoopUser("https://issuer", UUID.randomUUID().toString(), "someone", Set.of(role), team, orgId,
                null);
    }
}
