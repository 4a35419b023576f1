package org.careloop.cases.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class Timeline {

    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(TimelineEntry entry) {
        jdbc.sql("""
                insert into timeline_entry (id, case_id, occurred_at, kind, actor, text, detail)
                values (:id, :caseId, :at, :kind, :actor, :text, cast(:detail as jsonb))
                """)
                .param("id", entry.id())
                .param("caseId", entry.caseId())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("kind", entry.kind())
                .param("actor", entry.actor())
                .param("text", entry.text())
                .param("detail", entry.detail() == null || entry.detail().isEmpty() ? null
                        : json.writeValueAsString(entry.detail()))
                .update();
    }

    /** Newest first. */
    List<TimelineEntry> page(UUID caseId, int page, int size) {
        return jdbc.sql("""
                select * from timeline_entry where case_id = :caseId
                 order by occurred_at desc, seq desc limit :limit offset :offset
                """)
                .param("caseId", caseId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::map)
                .list();
    }

    long count(UUID caseId) {
        return jdbc.sql("select count(*) from timeline_entry where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
    }

    private TimelineEntry map(ResultSet rs, int row) throws SQLException {
        String detail = rs.getString("detail");
        return new TimelineEntry(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"), rs.getString("actor"),
                rs.getString("text"), detail == null ? Map.of() : json.readValue(detail, DETAIL));
    }
}
