package org.careloop.cases.assessments;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.careloop.cases.assessments.Assessment.DomainScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Assessments {

    private static final List<String> DOMAINS = List.of("social", "emotional", "spiritual", "family", "financial",
            "practical");

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assessment a) {
        jdbc.sql("""
                insert into assessment (id, case_id, assessed_on, recorded_at, recorded_by,
                    social_score, social_notes, emotional_score, emotional_notes, spiritual_score, spiritual_notes,
                    family_score, family_notes, financial_score, financial_notes, practical_score, practical_notes,
                    summary)
                values (:id, :caseId, :assessedOn, :recordedAt, :recordedBy,
                    :social_score, :social_notes, :emotional_score, :emotional_notes, :spiritual_score,
                    :spiritual_notes, :family_score, :family_notes, :financial_score, :financial_notes,
                    :practical_score, :practical_notes, :summary)
                """)
                .param("id", a.id())
                .param("caseId", a.caseId())
                .param("assessedOn", Date.valueOf(a.assessedOn()))
                .param("recordedAt", Timestamp.from(a.recordedAt()))
                .param("recordedBy", a.recordedBy())
                .param("social_score", a.social().score()).param("social_notes", a.social().notes())
                .param("emotional_score", a.emotional().score()).param("emotional_notes", a.emotional().notes())
                .param("spiritual_score", a.spiritual().score()).param("spiritual_notes", a.spiritual().notes())
                .param("family_score", a.family().score()).param("family_notes", a.family().notes())
                .param("financial_score", a.financial().score()).param("financial_notes", a.financial().notes())
                .param("practical_score", a.practical().score()).param("practical_notes", a.practical().notes())
                .param("summary", a.summary())
                .update();
    }

    /** Oldest first, as a chart of the scores over time reads them. */
    List<Assessment> ofCase(UUID caseId) {
        return jdbc.sql("select * from assessment where case_id = :caseId order by assessed_on, recorded_at, id")
                .param("caseId", caseId)
                .query(this::map)
                .list();
    }

    private Assessment map(ResultSet rs, int row) throws SQLException {
        DomainScore[] scores = new DomainScore[DOMAINS.size()];
        for (int i = 0; i < DOMAINS.size(); i++) {
            scores[i] = new DomainScore(rs.getInt(DOMAINS.get(i) + "_score"), rs.getString(DOMAINS.get(i) + "_notes"));
        }
        return new Assessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getDate("assessed_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), scores[0], scores[1], scores[2], scores[3], scores[4], scores[5],
                rs.getString("summary"));
    }
}
