package org.careloop.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.support.security.CareLoopUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Notifications {

    /** The notifications a person may see: theirs, their organization's, their team's as its supervisor. */
    private static final String VISIBLE = """
             (n.recipient_sub = :subject
              or (cast(:orgId as uuid) is not null and n.recipient_org = cast(:orgId as uuid))
              or (cast(:supervisedTeam as text) is not null and n.recipient_team = :supervisedTeam))
            """;

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the notification and tells every instance's streams of it when the transaction commits. */
    Notification insert(NotificationDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        long seq = jdbc.sql("""
                insert into notification (id, kind, title, body, link, recipient_user, recipient_sub, recipient_org,
                    recipient_team, created_at)
                values (:id, :kind, :title, :body, :link, :user, :sub, :org, :team, :at)
                returning seq
                """)
                .param("id", id).param("kind", draft.kind()).param("title", draft.title())
                .param("body", draft.body()).param("link", draft.link()).param("user", draft.recipientUser())
                .param("sub", draft.recipientSub())
                .param("org", draft.recipientOrg()).param("team", draft.recipientTeam())
                .param("at", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("select pg_notify(:channel, :seq)").param("channel", NotificationStream.CHANNEL)
                .param("seq", Long.toString(seq)).query().singleRow();
        return new Notification(id, seq, draft.kind(), draft.title(), draft.body(), draft.link(),
                draft.recipientUser(), draft.recipientSub(), draft.recipientOrg(), draft.recipientTeam(), now);
    }

    Optional<Notification> bySeq(long seq) {
        return jdbc.sql("select * from notification where seq = :seq").param("seq", seq).query(this::map).optional();
    }

    Optional<Notification> byId(UUID id) {
        return jdbc.sql("select * from notification where id = :id").param("id", id).query(this::map).optional();
    }

    /** What a stream missed: notifications of the person after the given seq, oldest first. */
    List<Notification> after(CareLoopUser user, long seq, int limit) {
        return jdbc.sql("select n.* from notification n where n.seq > :seq and" + VISIBLE
                        + " order by n.seq limit :limit")
                .params(scope(user)).param("seq", seq).param("limit", limit)
                .query(this::map).list();
    }

    /** Every notification after the seq, for an instance that lost its listening connection for a while. */
    List<Notification> allAfter(long seq, int limit) {
        return jdbc.sql("select * from notification where seq > :seq order by seq limit :limit")
                .param("seq", seq).param("limit", limit).query(this::map).list();
    }

    long lastSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from notification").query(Long.class).single();
    }

    InboxPage inbox(CareLoopUser user, boolean unreadOnly, int page, int size) {
        String unread = unreadOnly ? " and r.read_at is null" : "";
        String from = " from notification n left join notification_read r on r.notification_id = n.id"
                + " and r.subject = :subject where" + VISIBLE + unread;
        long total = jdbc.sql("select count(*)" + from).params(scope(user)).query(Long.class).single();
        List<InboxPage.Entry> entries = jdbc
                .sql("select n.*, r.read_at" + from + " order by n.seq desc limit :limit offset :offset")
                .params(scope(user)).param("limit", size).param("offset", (long) page * size)
                .query((rs, row) -> new InboxPage.Entry(map(rs, row), rs.getTimestamp("read_at") == null ? null
                        : rs.getTimestamp("read_at").toInstant()))
                .list();
        return new InboxPage(entries, total);
    }

    void markRead(UUID id, CareLoopUser user, Instant at) {
        jdbc.sql("""
                insert into notification_read (notification_id, subject, username, read_at)
                values (:id, :subject, :username, :at)
                on conflict do nothing
                """).param("id", id).param("subject", user.subject()).param("username", user.username())
                .param("at", Timestamp.from(at)).update();
    }

    private static Map<String, Object> scope(CareLoopUser user) {
        String org = user.hasRole(CareLoopUser.HOSPICE_STAFF) ? user.scopeOrganization().toString() : null;
        String supervised = user.hasRole(CareLoopUser.SUPERVISOR) ? user.scopeTeam() : null;
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("subject", user.subject());
        params.put("orgId", org);
        params.put("supervisedTeam", supervised);
        return params;
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("kind"),
                rs.getString("title"), rs.getString("body"), rs.getString("link"), rs.getString("recipient_user"),
                rs.getString("recipient_sub"),
                rs.getObject("recipient_org", UUID.class), rs.getString("recipient_team"),
                rs.getTimestamp("created_at").toInstant());
    }
}
