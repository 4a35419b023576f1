package org.careloop.cases.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.support.security.CareLoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The social workers of each team, learnt from their tokens as they use the service: a supervisor may hand a
 * case only to a worker of the team. Keycloak stays the one source of people; this is a read model of it. A worker
 * is their token's subject; the username is how people name them, and it may pass to a new account: a name
 * resolves to the account that used it last.
 * <p>
 * Public for one caller: the service's web set-up, which tells it who made each request.
 */
@Component
public class WorkerDirectory {

    /** How often a known worker's {@code last_seen} is written again (not on every request). */
    private static final Duration REFRESH_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration forgetAfter;
    /** Per person (subject): what was last written of them (team and name, or "not a worker") and when. */
    private final Map<String, Seen> written = new ConcurrentHashMap<>();

    private record Seen(String what, Instant at) {
    }

    WorkerDirectory(JdbcClient jdbc, Clock clock, WorkerDirectoryProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.forgetAfter = properties.forgetAfter();
    }

    /**
     * Learns from a request who works where. A social worker of a team is (again) of that team, and of no other: one
     * seen with another team has left the old one. A person seen without the social-worker role is no one's worker.
     */
    public void remember(CareLoopUser user) {
        if (user.subject() == null) {
            return;
        }
        Instant now = clock.instant();
        boolean worker = user.hasRole(CareLoopUser.SOCIAL_WORKER) && user.team() != null;
        String what = worker ? user.team() + "\n" + user.username() : "";
        Seen last = written.get(user.subject());
        if (last != null && last.what().equals(what) && last.at().plus(REFRESH_EVERY).isAfter(now)) {
            return;
        }
        jdbc.sql("delete from team_member where subject = :subject and team <> :team")
                .param("subject", user.subject())
                .param("team", worker ? user.team() : "")
                .update();
        if (worker) {
            jdbc.sql("""
                    insert into team_member (subject, username, team, first_seen, last_seen)
                    values (:subject, :username, :team, :at, :at)
                    on conflict (team, subject) do update set username = excluded.username,
                        last_seen = excluded.last_seen
                    """)
                    .param("subject", user.subject())
                    .param("username", user.username())
                    .param("team", user.team())
                    .param("at", Timestamp.from(now))
                    .update();
        }
        written.put(user.subject(), new Seen(what, now));
    }

    /**
     * The subject of the team's social worker with this username: the account that used the name last, seen with
     * the team within {@code careloop.cases.workers.forget-after}.
     */
    Optional<String> subjectOf(String username, String team) {
        return jdbc.sql("""
                select subject from team_member where username = :username and team = :team and last_seen >= :since
                 order by last_seen desc limit 1
                """)
                .param("username", username)
                .param("team", team)
                .param("since", Timestamp.from(clock.instant().minus(forgetAfter)))
                .query(String.class)
                .optional();
    }

    /** The team's social workers a case may be handed to, by username: seen with the team lately, none twice. */
    public List<TeamWorker> workersOf(String team) {
        return jdbc.sql("""
                select distinct on (username) username, last_seen from team_member
                 where team = :team and last_seen >= :since
                 order by username, last_seen desc
                """)
                .param("team", team)
                .param("since", Timestamp.from(clock.instant().minus(forgetAfter)))
                .query((rs, row) -> new TeamWorker(rs.getString("username"), rs.getTimestamp("last_seen").toInstant()))
                .list();
    }

    /** A social worker of a team, and when the service last saw them with it. */
    public record TeamWorker(String username, Instant lastSeen) {
    }
}
