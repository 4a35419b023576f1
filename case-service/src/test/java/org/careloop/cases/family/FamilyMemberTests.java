package org.careloop.cases.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FamilyMemberTests {

    @Test
    void aFamilyMemberIsAddedWithTheRelationshipInLowerCaseAndWhoAndWhen() {
        UUID caseId = UUID.randomUUID();
        Instant now = Instant.parse("2026-03-10T09:30:00Z");

        FamilyMember added = FamilyMember.add(caseId, new NewFamilyMember("Ada Hale", "Daughter", null,
                "ada@example.org", true, false, BereavementRisk.HIGH), "sam", now);

        assertThat(added.caseId()).isEqualTo(caseId);
        assertThat(added.relationship()).isEqualTo("daughter");
        assertThat(added.isPrimaryContact()).isTrue();
        assertThat(added.isCaregiver()).isFalse();
        assertThat(added.bereavementRisk()).isEqualTo(BereavementRisk.HIGH);
        assertThat(added.addedAt()).isEqualTo(now);
        assertThat(added.addedBy()).isEqualTo("sam");
        assertThat(added.id()).isNotNull();
    }
}
