package org.careloop.referrals.cases;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read model of the cases, fed by {@code careloop.case-events}. Each field changes only for an event newer than
 * the one that last set it, so events applied late or twice do no harm.
 */
@Component
public class CaseViews {

    private final JdbcClient jdbc;
    private final CaseArrivals arrivals;

    CaseViews(JdbcClient jdbc, CaseArrivals arrivals) {
        this.jdbc = jdbc;
        this.arrivals = arrivals;
    }

    /**
     * Read your own writes across services: waits, at most {@code timeout}, until this copy of the case is as the
     * request needs it ({@code ready}: known, held by the person, with the family member named), woken by the
     * case's events as they commit. Call it outside any transaction: it holds no connection while it waits.
     * Whether the case is then as needed is for the caller's guarded access to decide again (a 404 if not).
     */
    public boolean awaitUntil(UUID caseId, Predicate<CaseView> ready, Duration timeout) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Waiting for a case event inside a transaction would hold its connection");
        }
        return arrivals.awaitUntil(caseId, () -> find(caseId).filter(ready).isPresent(), timeout);
    }

    /** Whether a request is waiting for an event of this case now. */
    public boolean awaited(UUID caseId) {
        return arrivals.awaited(caseId);
    }

    /** Wakes the requests waiting for this case once the consumer's transaction has committed the change. */
    void changed(UUID caseId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    arrivals.arrived(caseId);
                }
            });
        } else {
            arrivals.arrived(caseId);
        }
    }

    public Optional<CaseView> find(UUID caseId) {
        return find(caseId, false);
    }

    /**
     * A case as its events left it (one no event has assigned yet is not known here). With {@code forUpdate} the row
     * stays locked until the transaction ends, so a new referral is checked against the case as it is when the
     * referral commits: a case event that closes the case waits for it.
     */
    public Optional<CaseView> find(UUID caseId, boolean forUpdate) {
        return jdbc.sql("select * from case_view where case_id = :id and assigned_worker is not null"
                        + (forUpdate ? " for update" : ""))
                .param("id", caseId)
                .query((rs, row) -> new CaseView(rs.getObject("case_id", UUID.class), rs.getString("assigned_worker"),
                        rs.getString("assigned_worker_sub"), rs.getString("team"), rs.getString("status"),
                        rs.getObject("date_of_death", LocalDate.class), familyOf(caseId)))
                .optional();
    }

    private Set<UUID> familyOf(UUID caseId) {
        return Set.copyOf(jdbc.sql("select id from family_member_view where case_id = :id").param("id", caseId)
                .query(UUID.class).list());
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
                .param("id", caseId).param("worker", worker).param("workerSub", workerSub).param("team", team).param("at", Timestamp.from(at))
                .update();
    }

    void statusChanged(UUID caseId, String status, Instant at) {
        jdbc.sql("""
                insert into case_view (case_id, status, status_at) values (:id, :status, :at)
                on conflict (case_id) do update set status = excluded.status, status_at = excluded.status_at
                 where case_view.status_at is null or case_view.status_at <= excluded.status_at
                """)
                .param("id", caseId).param("status", status).param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Sets (or, with null, clears: a death entered in error) the date of death if this event is newer than the one
     * that last set it.
     */
    void death(UUID caseId, LocalDate dateOfDeath, Instant at) {
        jdbc.sql("""
                insert into case_view (case_id, date_of_death, death_at) values (:id, :date, :at)
                on conflict (case_id) do update set date_of_death = excluded.date_of_death,
                    death_at = excluded.death_at
                 where case_view.death_at is null or case_view.death_at <= excluded.death_at
                """)
                .param("id", caseId).param("date", dateOfDeath).param("at", Timestamp.from(at))
                .update();
    }

    /** A family member recorded on the case; recorded once, whatever arrives again. */
    void familyMemberAdded(UUID caseId, UUID familyMemberId, Instant at) {
        jdbc.sql("""
                insert into family_member_view (id, case_id, added_at) values (:id, :caseId, :at)
                on conflict (id) do nothing
                """)
                .param("id", familyMemberId).param("caseId", caseId).param("at", Timestamp.from(at))
                .update();
    }
}
