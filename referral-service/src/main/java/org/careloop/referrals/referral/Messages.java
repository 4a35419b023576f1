package org.careloop.referrals.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.support.web.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages on referrals, in the order they were posted. */
@Repository
class Messages {

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Message m) {
        jdbc.sql("""
                insert into referral_message (id, referral_id, text, posted_by, posted_by_sub, role, side, posted_at)
                values (:id, :referralId, :text, :by, :bySub, :role, :side, :postedAt)
                """)
                .param("id", m.id())
                .param("referralId", m.referralId())
                .param("text", m.text())
                .param("by", m.by())
                .param("bySub", m.bySub())
                .param("role", m.role())
                .param("side", m.side().code())
                .param("postedAt", Timestamp.from(m.postedAt()))
                .update();
    }

    /** The messages on a referral, oldest first. */
    List<Message> of(UUID referralId) {
        return jdbc.sql("select * from referral_message where referral_id = :id order by position")
                .param("id", referralId)
                .query(this::map)
                .list();
    }

    Optional<Message> find(UUID referralId, UUID messageId) {
        return jdbc.sql("select * from referral_message where referral_id = :referralId and id = :id")
                .param("referralId", referralId)
                .param("id", messageId)
                .query(this::map)
                .optional();
    }

    private Message map(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getString("text"), rs.getString("posted_by"), rs.getString("posted_by_sub"),
                rs.getString("role"), Coded.of(Side.class, rs.getString("side")),
                rs.getTimestamp("posted_at").toInstant());
    }
}
