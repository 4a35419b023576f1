package org.careloop.cases.access;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail read as the accesses to one case: to the case itself, and its appearances in lists. */
@Repository
class AccessRecords {

    private static final String OF_THE_CASE =
            " from audit_record where case_id = :caseId or listed_ids @> array[:caseId]";

    private final JdbcClient jdbc;

    AccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countOfCase(UUID caseId) {
        return jdbc.sql("select count(*)" + OF_THE_CASE).param("caseId", caseId).query(Long.class).single();
    }

    /** Newest first. */
    List<AccessRecord> ofCase(UUID caseId, int page, int size) {
        return jdbc.sql("""
                select recorded_at, username, role, action, record_id, case_id is null as listed, outcome,
                       client_address, trace_id""" + OF_THE_CASE + " order by id desc limit :size offset :offset")
                .param("caseId", caseId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new AccessRecord(rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("username"), rs.getString("role"), rs.getString("action"),
                        rs.getObject("record_id", UUID.class), rs.getBoolean("listed"), rs.getString("outcome"),
                        rs.getString("client_address"), rs.getString("trace_id")))
                .list();
    }
}
