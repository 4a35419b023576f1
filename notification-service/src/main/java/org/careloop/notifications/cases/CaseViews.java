package org.careloop.notifications.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model of cases and their families, fed by {@code careloop.case-events}. */
@Component
public class CaseViews {

    private final JdbcClient jdbc;

    CaseViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseView> find(UUID caseId) {
        return jdbc.sql("select * from case_view where case_id = :id").param("id", caseId)
                .query((rs, row) -> new CaseView(rs.getObject("case_id", UUID.class), rs.getString("assigned_worker"),
                        rs.getString("assigned_worker_sub"),
                        rs.getString("team"), rs.getObject("date_of_death", LocalDate.class)))
                .optional();
    }

    public List<FamilyMember> family(UUID caseId) {
        return jdbc.sql("select * from family_member_view where case_id = :id order by added_at, id")
                .param("id", caseId)
                .query((rs, row) -> new FamilyMember(rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class), rs.getString("relationship"),
                        rs.getString("bereavement_risk")))
                .list();
    }

    /** {@code workerSub} is null in events of the first shape: then nobody holds the case by subject. */
    void assigned(UUID caseId, String worker, String workerSub, String team, Instant at) {
        jdbc.sql("""
                insert into case_view (case_id, assigned_worker, assigned_worker_sub, team, assigned_at)
                values (:id, :worker, :workerSub, :team, :at)
                on conflict (case_id) do update set assigned_worker = excluded.assigned_worker,
                    assigned_worker_sub = excluded.assigned_worker_sub,
                    team = excluded.team, assigned_at = excluded.assigned_at
                 where case_view.assigned_at is null or case_view.assigned_at <= excluded.assigned_at
                """)
                .param("id", caseId).param("worker", worker).param("workerSub", workerSub).param("team", team)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Sets (or, with null, clears) the date of death if this event is newer than the one that last set it. */
    boolean death(UUID caseId, LocalDate dateOfDeath, Instant at) {
        return jdbc.sql("""
                insert into case_view (case_id, date_of_death, death_at) values (:id, :date, :at)
                on conflict (case_id) do update set date_of_death = excluded.date_of_death,
                    death_at = excluded.death_at
                 where case_view.death_at is null or case_view.death_at <= excluded.death_at
                """)
                .param("id", caseId).param("date", dateOfDeath).param("at", Timestamp.from(at))
                .update() == 1;
    }

    void familyMemberAdded(FamilyMember member, Instant at) {
        jdbc.sql("""
                insert into family_member_view (id, case_id, relationship, bereavement_risk, added_at)
                values (:id, :caseId, :relationship, :risk, :at) on conflict (id) do nothing
                """)
                .param("id", member.id()).param("caseId", member.caseId()).param("relationship", member.relationship())
                .param("risk", member.risk()).param("at", Timestamp.from(at))
                .update();
    }
}
