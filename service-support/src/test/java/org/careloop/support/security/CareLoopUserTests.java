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

    @Test
    void aCaseIsHeldByItsWorkerBySubjectAndByTheSupervisorsOfItsTeam() {
        CareLoopUser worker = user(CareLoopUser.SOCIAL_WORKER, "palliative-north", null);
        assertThat(worker.holdsCase(worker.subject(), "palliative-north")).isTrue();
        assertThat(worker.holdsCase(worker.subject(), "palliative-south")).as("by subject, wherever the team")
                .isTrue();
        assertThat(worker.holdsCase(UUID.randomUUID().toString(), "palliative-north"))
                .as("a colleague's case of the same team").isFalse();
        assertThat(worker.holdsCase(null, "palliative-north")).isFalse();

        CareLoopUser supervisor = user(CareLoopUser.SUPERVISOR, "palliative-north", null);
        assertThat(supervisor.holdsCase(UUID.randomUUID().toString(), "palliative-north")).isTrue();
        assertThat(supervisor.holdsCase(UUID.randomUUID().toString(), "palliative-south")).isFalse();
        assertThat(supervisor.holdsCase(supervisor.subject(), "palliative-south"))
                .as("a supervisor holds no case as its worker").isFalse();

        for (String role : Set.of(CareLoopUser.HOSPICE_STAFF, CareLoopUser.ADMIN, CareLoopUser.AUDITOR)) {
            CareLoopUser other = user(role, "palliative-north", SUNRISE);
            assertThat(other.holdsCase(other.subject(), "palliative-north")).as(role).isFalse();
        }
    }

    private static CareLoopUser user(String role, String team, String orgId) {
        return new CareLoopUser("https://issuer", UUID.randomUUID().toString(), "someone", Set.of(role), team, orgId,
                null);
    }
}
