package org.careloop.notifications.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.support.security.CareLoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where staff receive mail: learnt from their tokens as they use CareLoop (Keycloak stays the one source of people);
 * and where an organization takes referrals in, its intake address, learnt from referral-service's directory.
 */
@Component
class StaffDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** By token subject: who a person is; the username may pass to a new account. */
    private final Map<String, CareLoopUser> remembered = new ConcurrentHashMap<>();

    StaffDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(CareLoopUser user) {
        if (user.subject() == null || user.equals(remembered.get(user.subject()))) {
            return;
        }
        UUID org = null;
        try {
            org = user.orgId() == null ? null : UUID.fromString(user.orgId());
        } catch (IllegalArgumentException e) {
            org = null;
        }
        jdbc.sql("""
                insert into staff_member (subject, username, email, org_id, team, supervisor, seen_at)
                values (:subject, :username, :email, :org, :team, :supervisor, :at)
                on conflict (subject) do update set username = excluded.username, email = excluded.email,
                    org_id = excluded.org_id,
                    team = excluded.team, supervisor = excluded.supervisor, seen_at = excluded.seen_at
                """)
                .param("subject", user.subject()).param("username", user.username()).param("email", user.email())
                .param("org", org)
                .param("team", user.team()).param("supervisor", user.hasRole(CareLoopUser.SUPERVISOR))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        remembered.put(user.subject(), user);
    }

    /** An organization's intake address changed in the directory (null: it has none); an older change is ignored. */
    void intakeChanged(UUID organization, String intakeEmail, Instant changedAt) {
        jdbc.sql("""
                insert into organization_intake (organization_id, intake_email, changed_at)
                values (:org, :email, :at)
                on conflict (organization_id) do update set intake_email = excluded.intake_email,
                    changed_at = excluded.changed_at
                 where organization_intake.changed_at <= excluded.changed_at
                """)
                .param("org", organization).param("email", intakeEmail).param("at", Timestamp.from(changedAt))
                .update();
    }

    /** Where an organization takes referrals in, as the directory published it last. */
    Optional<String> intakeOf(UUID organization) {
        return jdbc.sql("""
                select intake_email from organization_intake where organization_id = :org
                   and intake_email is not null
                """).param("org", organization).query(String.class).optional();
    }

    /** The addresses a notification goes to by mail: an organization's staff, then its intake address. */
    List<String> addressesOf(NotificationDraft draft) {
        if (draft.recipientSub() != null) {
            return jdbc.sql("select email from staff_member where subject = :s and email is not null")
                    .param("s", draft.recipientSub()).query(String.class).list();
        }
        if (draft.recipientUser() != null) {
            return List.of(); // a person whose subject is unknown is mailed nothing
        }
        if (draft.recipientOrg() != null) {
            List<String> addresses = new ArrayList<>(jdbc
                    .sql("select email from staff_member where org_id = :org and email is not null order by email")
                    .param("org", draft.recipientOrg()).query(String.class).list());
            intakeOf(draft.recipientOrg()).ifPresent(addresses::add);
            return addresses;
        }
        return jdbc.sql("""
                select email from staff_member where team = :team and supervisor and email is not null order by email
                """).param("team", draft.recipientTeam()).query(String.class).list();
    }
}
