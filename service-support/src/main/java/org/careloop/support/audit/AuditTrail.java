package org.careloop.support.audit;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.careloop.support.security.CareLoopUser;
import org.slf4j.MDC;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes one audit record per access to health data: who (issuer + subject, username, role), what action, which
 * case and which record under it, allowed or denied, the trace id and the client address. Never health data itself.
 * Inside a transaction the record commits with the change it describes; outside one it commits on its own. The
 * table ({@code db/support}) refuses UPDATE, DELETE and TRUNCATE.
 */
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    public void record(CareLoopUser user, String action, UUID caseId, AuditOutcome outcome) {
        insert(user, action, caseId, null, null, outcome);
    }

    /** An access to one record under a case (a referral, say). */
    public void record(CareLoopUser user, String action, UUID caseId, UUID recordId, AuditOutcome outcome) {
        insert(user, action, caseId, recordId, null, outcome);
    }

    /** A list: one record naming every record (case, referral) the person was shown. */
    public void recordList(CareLoopUser user, String action, List<UUID> ids) {
        Array listed = template.execute((ConnectionCallback<Array>) connection ->
                connection.createArrayOf("uuid", ids.toArray()));
        insert(user, action, null, null, listed, AuditOutcome.ALLOWED);
    }

    private void insert(CareLoopUser user, String action, UUID caseId, UUID recordId, Array listed,
            AuditOutcome outcome) {
        HttpServletRequest request = currentRequest();
        jdbc.sql("""
                insert into audit_record (recorded_at, issuer, subject, username, role, action, case_id, record_id,
                                          listed_ids, outcome, trace_id, client_address)
                values (:at, :issuer, :subject, :username, :role, :action, :caseId, :recordId, :listed, :outcome,
                        :traceId, :client)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("issuer", user == null ? null : user.issuer())
                .param("subject", user == null ? null : user.subject())
                .param("username", user == null ? null : user.username())
                .param("role", user == null ? null : user.mainRole())
                .param("action", action)
                .param("caseId", caseId)
                .param("recordId", recordId)
                .param("listed", listed)
                .param("outcome", outcome.name())
                .param("traceId", traceId(request))
                .param("client", request == null ? null : request.getRemoteAddr())
                .update();
    }

    /** The caller's W3C trace id when it sent one (the gateway does), else the trace of this request's logs. */
    private static String traceId(HttpServletRequest request) {
        String parent = request == null ? null : request.getHeader("traceparent");
        if (parent != null && parent.matches("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")) {
            return parent.substring(3, 35);
        }
        return MDC.get("traceId");
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
