package org.careloop.support.audit;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * Seals new audit records into the trail's hash chain (the database functions of {@code V0_4}), a batch every
 * second, off the path of the requests that wrote them; and verifies the chain on demand. Several instances of a
 * service share one chain: the database lets one sealer in at a time.
 */
public class AuditChain implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final Duration every;

    AuditChain(JdbcClient jdbc, ObjectProvider<TaskScheduler> scheduler, Duration every) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.every = every;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        scheduler.getObject().scheduleWithFixedDelay(this::sealQuietly, every);
    }

    /** Seals what is not sealed yet; returns how many records it sealed. */
    public int seal() {
        int total = 0;
        int sealed;
        do {
            sealed = jdbc.sql("select seal_audit_records(:batch)").param("batch", BATCH).query(Integer.class).single();
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /** A sealed record's place in the chain: its position and its hash (SHA-256, lower-case hex). */
    public record Link(long position, String hash) {
    }

    /** The newest sealed record; empty while nothing is sealed. */
    public Optional<Link> head() {
        return jdbc.sql("""
                select chain_position, encode(chain_hash, 'hex') from audit_record
                 where chain_position is not null order by chain_position desc limit 1""")
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The hash sealed at this position; empty when no record holds the position. */
    public Optional<String> hashAt(long position) {
        return jdbc.sql("select encode(chain_hash, 'hex') from audit_record where chain_position = :position")
                .param("position", position).query(String.class).optional();
    }

    /** The first chain position that does not hold, or null when the whole chain is intact. */
    public Long firstBrokenPosition() {
        return jdbc.sql("select verify_audit_chain()").query(Long.class).optional().orElse(null);
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (RuntimeException e) {
            // the database may be away; the next round seals what is waiting
            log.warn("Could not seal audit records: {}", e.toString());
        }
    }
}
