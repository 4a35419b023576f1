package org.careloop.cases.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
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

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<String> remembered = ConcurrentHashMap.newKeySet();

    WorkerDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Remembers a social worker of a team (anyone else is not assigned cases, and is ignored). */
    public void remember(CareLoopUser user) {
        if (!user.hasRole(CareLoopUser.SOCIAL_WORKER) || user.team() == null || user.subject() == null) {
            return;
        }
        // written once per worker, name and team per process, not on every request
        if (remembered.add(user.team() + "\n" + user.subject() + "\n" + user.username())) {
            jdbc.sql("""
                    insert into team_member (subject, username, team, first_seen, last_seen)
                    values (:subject, :username, :team, :at, :at)
                    on conflict (team, subject) do update set username = excluded.username,
                        last_seen = excluded.last_seen
                    """)
                    .param("subject", user.subject())
                    .param("username", user.username())
                    .param("team", user.team())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** The subject of the team's social worker with this username: the account that used the name last. */
    Optional<String> subjectOf(String username, String team) {
        return jdbc.sql("""
                select subject from team_member where username = :username and team = :team
                 order by last_seen desc limit 1
                """)
                .param("username", username)
                .param("team", team)
                .query(String.class)
                .optional();
    }
}
