package org.careloop.cases.access;

import java.util.List;
import java.util.UUID;

import org.careloop.cases.casefile.CaseGuard;
import org.careloop.support.security.CareLoopUser;
import org.careloop.support.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A case's accounting of disclosures: every access to the case and the records under it that this service's audit
 * trail holds, newest first, for the case's supervisors and auditors. Reading it is an access too, and is audited.
 */
@Service
public class AccessLog {

    private static final String OF_THE_CASE =
            " from audit_record where case_id = :caseId or listed_ids @> array[:caseId]";

    private final CaseGuard guard;
    private final JdbcClient jdbc;

    AccessLog(CaseGuard guard, JdbcClient jdbc) {
        this.guard = guard;
        this.jdbc = jdbc;
    }

    public PageResponse<AccessRecord> of(UUID caseId, int page, int size, CareLoopUser user) {
        return guard.readAccessLog(caseId, user, found -> {
            long total = jdbc.sql("select count(*)" + OF_THE_CASE).param("caseId", caseId).query(Long.class)
                    .single();
            List<AccessRecord> records = jdbc.sql("""
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
            return new PageResponse<>(records, page, size, total);
        });
    }
}
