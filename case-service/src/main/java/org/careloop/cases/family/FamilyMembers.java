package org.careloop.cases.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FamilyMembers {

    private final JdbcClient jdbc;

    FamilyMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FamilyMember member) {
        if (member.isPrimaryContact()) {
            // one primary contact per case: the newest one named takes over
            jdbc.sql("update family_member set is_primary_contact = false where case_id = :caseId")
                    .param("caseId", member.caseId()).update();
        }
        jdbc.sql("""
                insert into family_member (id, case_id, name, relationship, phone, email, is_primary_contact,
                    is_caregiver, bereavement_risk, added_at, added_by)
                values (:id, :caseId, :name, :relationship, :phone, :email, :primary, :caregiver, :risk, :addedAt,
                    :addedBy)
                """)
                .param("id", member.id())
                .param("caseId", member.caseId())
                .param("name", member.name())
                .param("relationship", member.relationship())
                .param("phone", member.phone())
                .param("email", member.email())
                .param("primary", member.isPrimaryContact())
                .param("caregiver", member.isCaregiver())
                .param("risk", member.bereavementRisk().name())
                .param("addedAt", Timestamp.from(member.addedAt()))
                .param("addedBy", member.addedBy())
                .update();
    }

    List<FamilyMember> ofCase(UUID caseId) {
        return jdbc.sql("select * from family_member where case_id = :caseId order by added_at, id")
                .param("caseId", caseId)
                .query(this::map)
                .list();
    }

    private FamilyMember map(ResultSet rs, int row) throws SQLException {
        return new FamilyMember(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("name"), rs.getString("relationship"), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("is_primary_contact"), rs.getBoolean("is_caregiver"),
                BereavementRisk.valueOf(rs.getString("bereavement_risk")), rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"));
    }
}
