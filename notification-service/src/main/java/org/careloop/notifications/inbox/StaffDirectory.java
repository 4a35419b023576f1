package org.careloop.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.support.security.CareLoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where staff receive mail: learnt from their tokens as they use CareLoop (Keycloak stays the one source of people).
 */
@Component
class StaffDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, CareLoopUser> remembered = new ConcurrentHashMap<>();

    StaffDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(CareLoopUser user) {
        if (user.equals(remembered.get(user.username()))) {
            return;
        }
        UUID org = null;
        try {
            org = user.orgId() == null ? null : UUID.fromString(user.orgId());
        } catch (IllegalArgumentException e) {
            org = null;
        }
        jdbc.sql("""
                insert into staff_member (username, email, org_id, team, supervisor, seen_at)
                values (:username, :email, :org, :team, :supervisor, :at)
                on conflict (username) do update set email = excluded.email, org_id = excluded.org_id,
                    team = excluded.team, supervisor = excluded.supervisor, seen_at = excluded.seen_at
                """)
                .param("username", user.username()).param("email", user.email()).param("org", org)
                .param("team", user.team()).param("supervisor", user.hasRole(CareLoopUser.SUPERVISOR))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        remembered.put(user.username(), user);
    }

    /** The addresses a notification goes to by mail. */
    List<String> addressesOf(NotificationDraft draft) {
        if (draft.recipientUser() != null) {
            return jdbc.sql("select email from staff_member where username = :u and email is not null")
                    .param("u", draft.recipientUser()).query(String.class).list();
        }
        if (draft.recipientOrg() != null) {
            return jdbc.sql("select email from staff_member where org_id = :org and email is not null order by email")
                    .param("org", draft.recipientOrg()).query(String.class).list();
        }
        return jdbc.sql("""
                select email from staff_member where team = :team and supervisor and email is not null order by email
                """).param("team", draft.recipientTeam()).query(String.class).list();
    }
}
