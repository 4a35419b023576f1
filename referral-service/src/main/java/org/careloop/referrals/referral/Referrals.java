package org.careloop.referrals.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.referrals.directory.Category;
import org.careloop.support.web.Coded;
import org.springframework.dao.OptimisticLockingFailureException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals and their status history. */
@Repository
class Referrals {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Referrals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Referral r) {
        jdbc.sql("""
                insert into referral (id, case_id, service_id, organization_id, category, family_member_id, reason,
                    priority, status, outcome, requested_by, requested_by_sub, team, consent_from, consent_on, consent_recorded_by,
                    created_at, updated_at, version, consent_scope, shared, waiting_list, answer_due_at)
                values (:id, :caseId, :serviceId, :organizationId, :category, :familyMemberId, :reason, :priority,
                    :status, :outcome, :requestedBy, :requestedBySub, :team, :consentFrom, :consentOn, :consentBy, :createdAt,
                    :updatedAt, 0, :consentScope, cast(:shared as jsonb), :waitingList, :answerDueAt)
                """)
                .param("id", r.id())
                .param("caseId", r.caseId())
                .param("serviceId", r.serviceId())
                .param("organizationId", r.organizationId())
                .param("category", r.category().code())
                .param("familyMemberId", r.familyMemberId())
                .param("reason", r.reason())
                .param("priority", r.priority().code())
                .param("status", r.status().code())
                .param("outcome", r.outcome() == null ? null : r.outcome().code())
                .param("requestedBy", r.requestedBy())
                .param("requestedBySub", r.requestedBySub())
                .param("team", r.team())
                .param("consentFrom", r.consent().obtainedFrom())
                .param("consentOn", r.consent().obtainedOn())
                .param("consentBy", r.consent().recordedBy())
                .param("createdAt", Timestamp.from(r.createdAt()))
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .param("consentScope", String.join(",", r.consent().scope().stream().map(Enum::name).toList()))
                .param("shared", r.shared() == null ? null : json.writeValueAsString(r.shared()))
                .param("waitingList", r.waitingList())
                .param("answerDueAt", timestamp(r.answerDueAt()))
                .update();
        r.history().forEach(change -> appendHistory(r.id(), change));
    }

    void update(Referral r) {
        int rows = jdbc.sql("""
                update referral set status = :status, outcome = :outcome, updated_at = :updatedAt,
                    answer_due_at = :answerDueAt, version = version + 1
                 where id = :id and version = :version
                """)
                .param("status", r.status().code())
                .param("outcome", r.outcome() == null ? null : r.outcome().code())
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .param("answerDueAt", timestamp(r.answerDueAt()))
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Referral " + r.id() + " was changed concurrently");
        }
        r.versionSaved(r.version() + 1);
        appendHistory(r.id(), r.lastChange());
    }

    Optional<Referral> find(UUID id, boolean lock) {
        return jdbc.sql("select * from referral where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(this::map)
                .optional()
                .map(found -> withHistory(List.of(found)).getFirst());
    }

    /**
     * Claims up to {@code limit} referrals still {@code requested} past their answer time and not yet escalated,
     * longest overdue first, locking them for this transaction; those another transaction holds are skipped.
     */
    List<Referral> claimOverdue(Instant now, int limit) {
        return withHistory(jdbc.sql("""
                select * from referral
                 where status = 'requested' and escalated_at is null and answer_due_at <= :now
                 order by answer_due_at, id
                 limit :limit
                   for update skip locked
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(this::map)
                .list());
    }

    /** Stores the escalation of a claimed referral. */
    void escalated(Referral r) {
        int rows = jdbc.sql("""
                update referral set escalated_at = :escalatedAt, version = version + 1
                 where id = :id and version = :version and escalated_at is null
                """)
                .param("escalatedAt", Timestamp.from(r.escalatedAt()))
                .param("id", r.id())
                .param("version", r.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Referral " + r.id() + " was changed concurrently");
        }
        r.versionSaved(r.version() + 1);
    }

    /** The case a referral is of (read outside any transaction, before the guarded access). */
    Optional<UUID> caseOf(UUID id) {
        return jdbc.sql("select case_id from referral where id = :id").param("id", id).query(UUID.class).optional();
    }

    /** Whose referrals: a worker's (by token subject), a team's, or those sent to an organization. */
    record Scope(String worker, String team, UUID organizationId) {

        /** The end of the loop everyone who lists these referrals stands at. */
        Side side() {
            return organizationId != null ? Side.RECEIVER : Side.REQUESTER;
        }
    }

    /** A page of the scope's referrals; {@code overdueAt}, when set, keeps those still requested past their due. */
    ReferralPage search(Scope scope, UUID caseId, Set<ReferralStatus> statuses, Instant overdueAt, int page,
            int size) {
        if (scope.worker() == null && scope.team() == null && scope.organizationId() == null) {
            throw new IllegalArgumentException("A referral search needs a worker, a team or an organization");
        }
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        String from = " from referral r";
        if (scope.worker() != null || scope.team() != null) {
            from += " join case_view cv on cv.case_id = r.case_id";
        }
        if (scope.worker() != null) {
            where.append(" and cv.assigned_worker_sub = :worker");
            params.put("worker", scope.worker());
        }
        if (scope.team() != null) {
            where.append(" and cv.team = :team");
            params.put("team", scope.team());
        }
        if (scope.organizationId() != null) {
            where.append(" and r.organization_id = :org");
            params.put("org", scope.organizationId());
        }
        if (caseId != null) {
            where.append(" and r.case_id = :caseId");
            params.put("caseId", caseId);
        }
        if (!statuses.isEmpty()) {
            where.append(" and r.status in (:statuses)");
            params.put("statuses", statuses.stream().map(ReferralStatus::code).toList());
        }
        if (overdueAt != null) {
            where.append(" and r.status = 'requested' and r.answer_due_at <= :overdueAt");
            params.put("overdueAt", Timestamp.from(overdueAt));
        }
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Referral> items = jdbc.sql("select r.*" + from + where
                        + " order by r.created_at desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(this::map).list();
        return new ReferralPage(withHistory(items).stream().map(r -> new ReferralSeen(r, scope.side())).toList(),
                total);
    }

    private void appendHistory(UUID referralId, StatusChange change) {
        jdbc.sql("""
                insert into referral_status_change (referral_id, status, changed_by, role, changed_at, reason, outcome)
                values (:referralId, :status, :by, :role, :at, :reason, :outcome)
                """)
                .param("referralId", referralId)
                .param("status", change.status().code())
                .param("by", change.by())
                .param("role", change.role())
                .param("at", Timestamp.from(change.at()))
                .param("reason", change.reason())
                .param("outcome", change.outcome() == null ? null : change.outcome().code())
                .update();
    }

    /** Loads the history of a page of referrals in one query. */
    private List<Referral> withHistory(List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return referrals;
        }
        Map<UUID, List<StatusChange>> histories = new LinkedHashMap<>();
        jdbc.sql("select * from referral_status_change where referral_id in (:ids) order by id")
                .param("ids", referrals.stream().map(Referral::id).toList())
                .query(rs -> {
                    histories.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(new StatusChange(Coded.of(ReferralStatus.class, rs.getString("status")),
                                    rs.getString("changed_by"), rs.getString("role"),
                                    rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"),
                                    outcome(rs.getString("outcome"))));
                });
        return referrals.stream().map(r -> new Referral(r.id(), r.caseId(), r.serviceId(), r.organizationId(),
                r.category(), r.familyMemberId(), r.reason(), r.priority(), r.status(), r.outcome(), r.requestedBy(),
                r.requestedBySub(), r.team(), r.consent(), r.createdAt(), r.updatedAt(), r.version(),
                histories.getOrDefault(r.id(), List.of()), r.shared(), r.waitingList())
                .answerClock(r.answerDueAt(), r.escalatedAt())).toList();
    }

    private Referral map(ResultSet rs, int row) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("service_id", UUID.class), rs.getObject("organization_id", UUID.class),
                Coded.of(Category.class, rs.getString("category")), rs.getObject("family_member_id", UUID.class),
                rs.getString("reason"), Coded.of(Priority.class, rs.getString("priority")),
                Coded.of(ReferralStatus.class, rs.getString("status")), outcome(rs.getString("outcome")),
                rs.getString("requested_by"), rs.getString("requested_by_sub"), rs.getString("team"),
                new Consent(rs.getString("consent_from"), rs.getObject("consent_on", LocalDate.class),
                        rs.getString("consent_recorded_by"), scope(rs.getString("consent_scope"))),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"), List.of(), shared(rs.getString("shared")), rs.getBoolean("waiting_list"))
                .answerClock(instant(rs.getTimestamp("answer_due_at")), instant(rs.getTimestamp("escalated_at")));
    }

    private static List<SharePart> scope(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : java.util.Arrays.stream(stored.split(",")).map(SharePart::valueOf).toList();
    }

    private SharedSummary shared(String stored) {
        return stored == null ? null : json.readValue(stored, SharedSummary.class);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Outcome outcome(String code) {
        return code == null ? null : Coded.of(Outcome.class, code);
    }
}
