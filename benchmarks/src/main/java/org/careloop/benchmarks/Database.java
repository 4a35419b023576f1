package org.careloop.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.careloop.localstack.CareLoopStack;

/** SQL on the services' databases as the server's superuser: the bulk load, counts and commit times. */
final class Database {

    private final CareLoopStack stack;

    Database(CareLoopStack stack) {
        this.stack = stack;
    }

    long count(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * When each referral's transaction committed, as PostgreSQL recorded it ({@code track_commit_timestamp} is on
     * in the stack): the start of the latency a hospice feels.
     */
    Map<String, Instant> referralCommitTimes(Set<String> ids) {
        Map<String, Instant> committed = new HashMap<>();
        try (Connection connection = connect("referrals"); PreparedStatement query = connection.prepareStatement(
                "select id::text, pg_xact_commit_timestamp(xmin) from referral where id = any (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    committed.put(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the referrals' commit times", e);
        }
        return committed;
    }

    /**
     * Waits until notification-service has made the hospice's notification of every referral made through the API so
     * far (pgbench's rows, by 'bench-worker' in pgbench/request-referral.sql, made no event and get none).
     */
    void awaitEveryReferralNotified() {
        long referrals = count("referrals", "select count(*) from referral where requested_by <> 'bench-worker'");
        Awaitility.await("every referral notified").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("notifications",
                        "select count(*) from notification where kind = 'REFERRAL_REQUESTED'") >= referrals);
    }

    /**
     * Generates {@code total} cases straight into case-service's table (not through the API): 2,000 workers in 100
     * teams, statuses as in a service that has run for years (most cases closed), names from a small list so that
     * searches find some. {@code ofWorker} of them go to the named worker, and nine times as many to nine
     * colleagues in that worker's team (so that the team's supervisor sees a team of ten's caseload).
     */
    Duration bulkLoadCases(int total, int ofWorker, String worker) {
        long start = System.nanoTime();
        String team;
        try (Connection connection = connect("cases"); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select team from care_case where assigned_worker = '" + worker + "' limit 1")) {
                if (!rs.next()) {
                    throw new IllegalStateException(worker + " holds no case to learn the team from");
                }
                team = rs.getString(1);
            }
            statement.execute("""
                    insert into care_case (id, status, assigned_worker, team, patient_given_name, patient_family_name,
                        patient_date_of_birth, patient_search_name, diagnosis_condition, diagnosis_site, opened_at,
                        updated_at, version)
                    select gen_random_uuid(),
                           (array['OPEN','ACTIVE','ACTIVE','DECEASED','BEREAVEMENT','CLOSED','CLOSED','CLOSED','CLOSED',
                                  'DISCHARGED'])[1 + i %% 10],
                           case when i <= %2$d then '%3$s' when i <= 10 * %2$d then 'colleague-' || (i %% 9)
                                else 'worker-' || (i %% 2000) end,
                           case when i <= 10 * %2$d then '%4$s' else 'team-' || (i %% 2000 / 20) end,
                           g.name, f.name, date '1930-01-01' + (i %% 20000), lower(g.name || ' ' || f.name),
                           (array['Pleural mesothelioma','Peritoneal mesothelioma','Pancreatic cancer',
                                  'Motor neurone disease','Heart failure'])[1 + i %% 5],
                           'pleura', now() - make_interval(mins => i), now() - make_interval(mins => i %% 5000), 0
                      from generate_series(1, %1$d) as i
                      join lateral (select (array['Ruth','Amara','Jon','Mei','Tomasz','Ingrid','Kwame','Lucia','Omar',
                                   'Siobhan','Ravi','Elena','Yusuf','Hanna','Diego','Aiko','Femi','Marta','Pavel','Noor'])
                                   [1 + i %% 20] as name) g on true
                      join lateral (select (array['Okonkwo','Nowak','Smith','Garcia','Chen','Haddad','Muller','Rossi',
                                   'Kowalski','Ibrahim','Silva','Tanaka','Brown','Dubois','Novak','Jensen','Khan','Olsen',
                                   'Murphy','Costa'])[1 + (i / 20) %% 20] as name) f on true
                    """.formatted(total, ofWorker, worker, team));
            // as an operator would after a bulk load: the visibility map and the statistics up to date now, not
            // when autovacuum gets to it in the middle of the measurement
            statement.execute("vacuum analyze care_case");
            statement.execute("checkpoint");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the cases", e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.postgresUrl(database), "postgres", "postgres");
    }
}
