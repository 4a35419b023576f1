package org.careloop.cases.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.support.web.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The case table. Package-private: the rest of the service goes through {@link CaseManagement}. */
@Repository
class Cases {

    private static final String COLUMNS = """
            id, status, assigned_worker, assigned_worker_sub, team, patient_given_name, patient_family_name,
            patient_date_of_birth,
            patient_phone, patient_address, diagnosis_condition, diagnosis_site, diagnosis_stage, diagnosed_on,
            date_of_death, status_before_death, treatment_summary, opened_at, updated_at, version,
            (select count(*) from bereavement_plan_view p where p.case_id = care_case.id
                and p.status in ('completed', 'declined')) as ended_plans,
            (select count(*) from family_member f where f.case_id = care_case.id
                and not exists (select 1 from bereavement_plan_view p where p.family_member_id = f.id
                    and p.status in ('completed', 'declined'))) as members_without_ended_plan,
            exists (select 1 from bereavement_plan_view p where p.case_id = care_case.id and p.status = 'active')
                as plan_open
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Cases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Case opened) {
        jdbc.sql("""
                insert into care_case (id, status, assigned_worker, assigned_worker_sub, team, patient_given_name,
                    patient_family_name,
                    patient_date_of_birth, patient_phone, patient_address, patient_search_name, diagnosis_condition,
                    diagnosis_site, diagnosis_stage, diagnosed_on, date_of_death, treatment_summary, opened_at,
                    updated_at, version)
                values (:id, :status, :worker, :workerSub, :team, :given, :family, :dob, :phone, :address, :search, :condition,
                    :site, :stage, :diagnosedOn, :dateOfDeath, cast(:treatments as jsonb), :openedAt, :updatedAt, 0)
                """)
                .params(parameters(opened))
                .update();
    }

    void update(Case changed) {
        int rows = jdbc.sql("""
                update care_case
                   set status = :status, assigned_worker = :worker, assigned_worker_sub = :workerSub,
                       date_of_death = :dateOfDeath,
                       status_before_death = :statusBeforeDeath,
                       treatment_summary = cast(:treatments as jsonb), updated_at = :updatedAt,
                       version = version + 1
                 where id = :id and version = :version
                """)
                .params(parameters(changed))
                .param("version", changed.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Case " + changed.id() + " was changed concurrently");
        }
        changed.versionSaved(changed.version() + 1);
    }

    Optional<Case> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from care_case where id = :id").param("id", id)
                .query(this::map).optional();
    }

    /** Locks the row until the transaction ends, so that two changes of one case queue up instead of clashing. */
    Optional<Case> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from care_case where id = :id for update").param("id", id)
                .query(this::map).optional();
    }

    /** Records a plan's state as notification-service reports it; false for a case this service does not hold. */
    boolean rememberBereavementPlan(UUID caseId, UUID planId, UUID familyMemberId, String status, Instant at) {
        if (find(caseId).isEmpty()) {
            return false;
        }
        jdbc.sql("""
                insert into bereavement_plan_view (plan_id, case_id, family_member_id, status, updated_at)
                values (:planId, :caseId, :member, :status, :at)
                on conflict (plan_id) do update set status = excluded.status, updated_at = excluded.updated_at,
                    family_member_id = coalesce(excluded.family_member_id, bereavement_plan_view.family_member_id)
                 where bereavement_plan_view.updated_at <= excluded.updated_at
                """)
                .param("planId", planId).param("caseId", caseId).param("member", familyMemberId)
                .param("status", status)
                .param("at", Timestamp.from(at))
                .update();
        return true;
    }

    /** One page of a worker's cases ({@code workerSub} set) or of a team's ({@code team} set), and the total. */
    CasePage search(String workerSub, String team, CaseQuery query) {
        if (workerSub == null && team == null) {
            throw new IllegalArgumentException("A caseload search needs a worker or a team");
        }
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (workerSub != null) {
            where.append(" and assigned_worker_sub = :workerSub");
            params.put("workerSub", workerSub);
        }
        if (team != null) {
            where.append(" and team = :team");
            params.put("team", team);
        }
        if (query.assignedTo() != null) {
            where.append(" and assigned_worker = :assignedTo");
            params.put("assignedTo", query.assignedTo());
        }
        if (!query.statuses().isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (query.q() != null && !query.q().isBlank()) {
            int n = 0;
            for (String term : Patient.searchForm(query.q()).split(" ")) {
                String name = "term" + n++;
                where.append(" and patient_search_name like :").append(name).append(" escape '\\'");
                params.put(name, Text.containsPattern(term));
            }
        }
        long total = jdbc.sql("select count(*) from care_case" + where).params(params).query(Long.class).single();
        String direction = query.descending() ? " desc" : " asc";
        List<Case> items = jdbc.sql("select " + COLUMNS + " from care_case" + where
                        + " order by " + query.sort().column + direction + ", id" + direction
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(this::map)
                .list();
        return new CasePage(items, total);
    }

    private Map<String, Object> parameters(Case c) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id());
        params.put("status", c.status().name());
        params.put("worker", c.assignedWorker());
        params.put("workerSub", c.assignedWorkerSub());
        params.put("team", c.team());
        params.put("given", c.patient().givenName());
        params.put("family", c.patient().familyName());
        params.put("dob", c.patient().dateOfBirth());
        params.put("phone", c.patient().phone());
        params.put("address", c.patient().address());
        params.put("search", c.patient().searchKey());
        params.put("condition", c.diagnosis().condition());
        params.put("site", c.diagnosis().site());
        params.put("stage", c.diagnosis().stage());
        params.put("diagnosedOn", c.diagnosis().diagnosedOn());
        params.put("dateOfDeath", c.dateOfDeath());
        params.put("statusBeforeDeath", c.statusBeforeDeath() == null ? null : c.statusBeforeDeath().name());
        params.put("treatments", c.treatmentSummary() == null ? null : json.writeValueAsString(c.treatmentSummary()));
        params.put("openedAt", Timestamp.from(c.openedAt()));
        params.put("updatedAt", Timestamp.from(c.updatedAt()));
        return params;
    }

    private Case map(ResultSet rs, int row) throws SQLException {
        String treatments = rs.getString("treatment_summary");
        Case found = new Case(
                rs.getObject("id", UUID.class),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("assigned_worker"),
                rs.getString("assigned_worker_sub"),
                rs.getString("team"),
                new Patient(rs.getString("patient_given_name"), rs.getString("patient_family_name"),
                        rs.getObject("patient_date_of_birth", java.time.LocalDate.class),
                        rs.getString("patient_phone"), rs.getString("patient_address")),
                new Diagnosis(rs.getString("diagnosis_condition"), rs.getString("diagnosis_site"),
                        rs.getString("diagnosis_stage"), rs.getObject("diagnosed_on", java.time.LocalDate.class)),
                rs.getObject("date_of_death", java.time.LocalDate.class),
                rs.getString("status_before_death") == null ? null
                        : CaseStatus.valueOf(rs.getString("status_before_death")),
                treatments == null ? null : json.readValue(treatments, TreatmentSummary.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
        found.bereavementKnown(new BereavementCoverage(rs.getInt("ended_plans"),
                rs.getInt("members_without_ended_plan"), rs.getBoolean("plan_open")));
        return found;
    }

}
