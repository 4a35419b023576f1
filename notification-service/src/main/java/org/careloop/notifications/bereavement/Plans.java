package org.careloop.notifications.bereavement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.notifications.bereavement.BereavementPlan.PlanStatus;
import org.careloop.notifications.bereavement.BereavementTemplate.Risk;
import org.careloop.notifications.bereavement.FollowUp.Outcome;
import org.careloop.notifications.bereavement.FollowUp.Status;
import org.careloop.support.web.Coded;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Plans {

    private final JdbcClient jdbc;

    Plans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new plan; false when the family member already has one that was not cancelled (an event delivered
     * again). A cancelled plan (a death entered in error) is history and does not stand in the way of a new one.
     */
    boolean insert(BereavementPlan plan) {
        int rows = jdbc.sql("""
                insert into bereavement_plan (id, case_id, family_member_id, relationship, risk, status,
                    date_of_death, activated_at, version)
                values (:id, :caseId, :memberId, :relationship, :risk, :status, :death, :at, 0)
                on conflict (case_id, family_member_id) where status <> 'CANCELLED' do nothing
                """)
                .param("id", plan.id()).param("caseId", plan.caseId()).param("memberId", plan.familyMemberId())
                .param("relationship", plan.relationship()).param("risk", plan.risk().name())
                .param("status", plan.status().name()).param("death", Date.valueOf(plan.dateOfDeath()))
                .param("at", Timestamp.from(plan.activatedAt()))
                .update();
        if (rows == 1) {
            plan.followUps().forEach(f -> saveFollowUp(plan.id(), f));
        }
        return rows == 1;
    }

    void update(BereavementPlan plan) {
        int rows = jdbc.sql("""
                update bereavement_plan set status = :status, date_of_death = :death, ended_at = :endedAt,
                    outcome = :outcome, version = version + 1
                 where id = :id and version = :version
                """)
                .param("status", plan.status().name()).param("death", Date.valueOf(plan.dateOfDeath()))
                .param("endedAt", plan.endedAt() == null ? null : Timestamp.from(plan.endedAt()))
                .param("outcome", plan.status() == PlanStatus.ACTIVE ? null : plan.status().name().toLowerCase())
                .param("id", plan.id()).param("version", plan.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Plan " + plan.id() + " was changed concurrently");
        }
        plan.versionSaved(plan.version() + 1);
        plan.followUps().forEach(f -> saveFollowUp(plan.id(), f));
    }

    /**
     * Upserts a follow-up. Its reminder is the plan's to reset only when its date moved (a reminder for the old day
     * is not one for the new day); otherwise the stored one stays, so a reminder the sweep claimed meanwhile is kept.
     */
    private void saveFollowUp(UUID planId, FollowUp f) {
        jdbc.sql("""
                insert into follow_up (id, plan_id, seq, kind, due_on, status, outcome, note, recorded_by, recorded_at,
                    reminded_at)
                values (:id, :planId, :seq, :kind, :due, :status, :outcome, :note, :by, :at, :remindedAt)
                on conflict (id) do update set due_on = excluded.due_on, status = excluded.status,
                    outcome = excluded.outcome, note = excluded.note, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at,
                    reminded_at = case when excluded.due_on <> follow_up.due_on then excluded.reminded_at
                                       else follow_up.reminded_at end
                """)
                .param("id", f.id()).param("planId", planId).param("seq", f.seq()).param("kind", f.kind().name())
                .param("due", Date.valueOf(f.dueOn())).param("status", f.status().name())
                .param("outcome", f.outcome() == null ? null : f.outcome().code()).param("note", f.note())
                .param("by", f.recordedBy())
                .param("at", f.recordedAt() == null ? null : Timestamp.from(f.recordedAt()))
                .param("remindedAt", f.remindedAt() == null ? null : Timestamp.from(f.remindedAt()))
                .update();
    }

    Optional<BereavementPlan> find(UUID id, boolean lock) {
        return jdbc.sql("select * from bereavement_plan where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(this::mapPlan).optional().map(p -> withFollowUps(List.of(p)).getFirst());
    }

    List<BereavementPlan> ofCase(UUID caseId, boolean lock) {
        return withFollowUps(jdbc.sql("select * from bereavement_plan where case_id = :id order by activated_at, id"
                        + (lock ? " for update" : ""))
                .param("id", caseId).query(this::mapPlan).list());
    }

    /**
     * Pending follow-ups of active plans due on or before the day, of the cases in scope (a worker by token subject,
     * or a team; both null only for the reminder sweep, never for a person).
     */
    List<DueFollowUp> due(LocalDate onOrBefore, String worker, String team, boolean unremindedOnly, int limit) {
        StringBuilder sql = new StringBuilder("""
                select f.id, f.plan_id, p.case_id, f.kind, f.due_on, p.relationship, c.assigned_worker,
                       c.assigned_worker_sub
                """);
        Map<String, Object> params = new HashMap<>();
        fallenDue(sql, params, onOrBefore, worker, team);
        if (unremindedOnly) {
            sql.append(" and f.reminded_at is null");
        }
        sql.append(" order by f.due_on, f.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new DueFollowUp(rs.getObject("id", UUID.class),
                        rs.getObject("plan_id", UUID.class), rs.getObject("case_id", UUID.class),
                        FollowUpKind.valueOf(rs.getString("kind")), rs.getDate("due_on").toLocalDate(), rs.getString("relationship"),
                        rs.getString("assigned_worker"), rs.getString("assigned_worker_sub")))
                .list();
    }

    /**
     * How the follow-ups that fell due by today were kept, of the cases in scope (a worker by subject, or a team). On
     * time counts only a contact that reached the family member (completed, or declined: they were reached and said
     * no), not one skipped or not answered.
     */
    FollowUpSummary summary(LocalDate today, int graceDays, String worker, String team) {
        String scope = worker != null ? "c.assigned_worker_sub = :who" : "c.team = :who";
        return jdbc.sql("""
                select count(*) filter (where f.status = 'DONE') as done,
                       count(*) filter (where f.status = 'DONE' and f.outcome in ('completed', 'declined')
                                          and f.recorded_at < f.due_on + (:grace + 1) * interval '1 day') as on_time,
                       count(*) filter (where f.status = 'PENDING' and p.status = 'ACTIVE' and f.due_on < :today)
                           as overdue
                  from follow_up f join bereavement_plan p on p.id = f.plan_id
                  join case_view c on c.case_id = p.case_id
                 where f.due_on <= :today and
                """ + scope)
                .param("today", Date.valueOf(today)).param("grace", graceDays)
                .param("who", worker != null ? worker : team)
                .query((rs, row) -> new FollowUpSummary(rs.getLong("done"), rs.getLong("on_time"),
                        rs.getLong("overdue"), graceDays))
                .single();
    }

    /** Marks the reminder sent; false when another instance (or an earlier run) already did. */
    boolean claimReminder(UUID followUpId, Instant at) {
        return jdbc.sql("update follow_up set reminded_at = :at where id = :id and reminded_at is null")
                .param("at", Timestamp.from(at)).param("id", followUpId).update() == 1;
    }

    private List<BereavementPlan> withFollowUps(List<BereavementPlan> plans) {
        if (plans.isEmpty()) {
            return plans;
        }
        Map<UUID, List<FollowUp>> byPlan = new HashMap<>();
        jdbc.sql("select * from follow_up where plan_id in (:ids) order by seq")
                .param("ids", plans.stream().map(BereavementPlan::id).toList())
                .query(rs -> {
                    byPlan.computeIfAbsent(rs.getObject("plan_id", UUID.class), k -> new ArrayList<>())
                            .add(new FollowUp(rs.getObject("id", UUID.class), rs.getInt("seq"),
                                    FollowUpKind.valueOf(rs.getString("kind")), rs.getDate("due_on").toLocalDate(),
                                    Status.valueOf(rs.getString("status")),
                                    outcome(rs.getString("outcome")),
                                    rs.getString("note"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                                    instant(rs, "reminded_at")));
                });
        return plans.stream().map(p -> new BereavementPlan(p.id(), p.caseId(), p.familyMemberId(), p.relationship(),
                p.risk(), p.status(), p.dateOfDeath(), p.activatedAt(), p.endedAt(),
                byPlan.getOrDefault(p.id(), List.of()), p.version())).toList();
    }

    private BereavementPlan mapPlan(ResultSet rs, int row) throws SQLException {
        return new BereavementPlan(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("family_member_id", UUID.class), rs.getString("relationship"),
                Risk.valueOf(rs.getString("risk")), PlanStatus.valueOf(rs.getString("status")),
                rs.getDate("date_of_death").toLocalDate(), rs.getTimestamp("activated_at").toInstant(),
                instant(rs, "ended_at"), List.of(), rs.getInt("version"));
    }

    private static Outcome outcome(String code) {
        return code == null ? null : Coded.of(Outcome.class, code);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /**
     * How many follow-ups have fallen due by the day, per case, in the scope of {@link #due} (the worker's own or
     * the team's): one row per case, so no cap is needed, however many are due.
     */
    List<DueCount> dueCounts(LocalDate onOrBefore, String worker, String team) {
        StringBuilder sql = new StringBuilder("select p.case_id, count(*) as due\n");
        Map<String, Object> params = new HashMap<>();
        fallenDue(sql, params, onOrBefore, worker, team);
        sql.append(" group by p.case_id order by p.case_id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new DueCount(rs.getObject("case_id", UUID.class), rs.getLong("due")))
                .list();
    }

    /** The pending follow-ups of active plans due by the day, in the cases in scope: for the list and the counts. */
    private static void fallenDue(StringBuilder sql, Map<String, Object> params, LocalDate onOrBefore, String worker,
            String team) {
        sql.append("""
                  from follow_up f join bereavement_plan p on p.id = f.plan_id
                  join case_view c on c.case_id = p.case_id
                 where f.status = 'PENDING' and p.status = 'ACTIVE' and f.due_on <= :day
                """);
        params.put("day", Date.valueOf(onOrBefore));
        if (worker != null) {
            sql.append(" and c.assigned_worker_sub = :worker");
            params.put("worker", worker);
        }
        if (team != null) {
            sql.append(" and c.team = :team");
            params.put("team", team);
        }
    }
}
