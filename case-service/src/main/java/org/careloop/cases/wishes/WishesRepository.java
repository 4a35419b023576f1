package org.careloop.cases.wishes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.careloop.cases.wishes.Wishes.CodeStatus;
import org.careloop.cases.wishes.Wishes.HealthCareProxy;
import org.careloop.cases.wishes.Wishes.PlaceOfDeath;
import org.careloop.cases.wishes.Wishes.PolstStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WishesRepository {

    private final JdbcClient jdbc;

    WishesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Wishes w) {
        HealthCareProxy proxy = w.healthCareProxy();
        jdbc.sql("""
                insert into wishes (case_id, goals_of_care, proxy_name, proxy_relationship, proxy_phone, proxy_email,
                    polst_status, code_status, preferred_place_of_death, place_of_death_notes, spiritual_preferences,
                    cultural_preferences, last_reviewed_on, updated_at, updated_by)
                values (:caseId, :goals, :proxyName, :proxyRelationship, :proxyPhone, :proxyEmail, :polst, :code,
                    :place, :placeNotes, :spiritual, :cultural, :reviewed, :updatedAt, :updatedBy)
                on conflict (case_id) do update set
                    goals_of_care = excluded.goals_of_care, proxy_name = excluded.proxy_name,
                    proxy_relationship = excluded.proxy_relationship, proxy_phone = excluded.proxy_phone,
                    proxy_email = excluded.proxy_email, polst_status = excluded.polst_status,
                    code_status = excluded.code_status, preferred_place_of_death = excluded.preferred_place_of_death,
                    place_of_death_notes = excluded.place_of_death_notes,
                    spiritual_preferences = excluded.spiritual_preferences,
                    cultural_preferences = excluded.cultural_preferences, last_reviewed_on = excluded.last_reviewed_on,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("caseId", w.caseId())
                .param("goals", w.goalsOfCare())
                .param("proxyName", proxy == null ? null : proxy.name())
                .param("proxyRelationship", proxy == null ? null : proxy.relationship())
                .param("proxyPhone", proxy == null ? null : proxy.phone())
                .param("proxyEmail", proxy == null ? null : proxy.email())
                .param("polst", name(w.polstStatus()))
                .param("code", name(w.codeStatus()))
                .param("place", name(w.preferredPlaceOfDeath()))
                .param("placeNotes", w.placeOfDeathNotes())
                .param("spiritual", w.spiritualPreferences())
                .param("cultural", w.culturalPreferences())
                .param("reviewed", w.lastReviewedOn())
                .param("updatedAt", Timestamp.from(w.updatedAt()))
                .param("updatedBy", w.updatedBy())
                .update();
    }

    Optional<Wishes> ofCase(UUID caseId) {
        return jdbc.sql("select * from wishes where case_id = :caseId").param("caseId", caseId).query(this::map)
                .optional();
    }

    private Wishes map(ResultSet rs, int row) throws SQLException {
        String proxyName = rs.getString("proxy_name");
        HealthCareProxy proxy = proxyName == null ? null : new HealthCareProxy(proxyName,
                rs.getString("proxy_relationship"), rs.getString("proxy_phone"), rs.getString("proxy_email"));
        return new Wishes(rs.getObject("case_id", UUID.class), rs.getString("goals_of_care"), proxy,
                value(PolstStatus.class, rs.getString("polst_status")),
                value(CodeStatus.class, rs.getString("code_status")),
                value(PlaceOfDeath.class, rs.getString("preferred_place_of_death")),
                rs.getString("place_of_death_notes"), rs.getString("spiritual_preferences"),
                rs.getString("cultural_preferences"), rs.getObject("last_reviewed_on", java.time.LocalDate.class),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
