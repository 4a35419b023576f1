package org.careloop.cases.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.support.security.CareLoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The social workers of each team, learnt from their tokens as they use the service: a supervisor may hand a
 * case only to a worker of the team. Keycloak stays the one source of people; this is a read model of it.
 */
@Component
class WorkerDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Set<String> remembered = ConcurrentHashMap.newKeySet();

    WorkerDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(CareLoopUser user) {
        if (!user.hasRole(CareLoopUser.SOCIAL_WORKER) || user.team() == null) {
            return;
        }
        // written once per worker and team per process, not on every request
        if (remembered.add(user.team() + "\n" + user.username())) {
            jdbc.sql("""
                    insert into team_member (username, team, first_seen) values (:username, :team, :at)
                    on conflict do nothing
                    """)
                    .param("username", user.username())
                    .param("team", user.team())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    boolean isWorkerOf(String username, String team) {
        return jdbc.sql("select count(*) from team_member where username = :username and team = :team")
                .param("username", username)
                .param("team", team)
                .query(Integer.class)
                .single() > 0;
    }
}
