package org.careloop.support.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer side of exactly-once effects: an event's id goes into {@code processed_event} in the same
 * transaction as its effect, so an event delivered twice has its effect once.
 */
class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as processed; false when it already was (then do nothing). Call inside the transaction. */
    boolean firstDelivery(IncomingEvent event) {
        return jdbc.sql("""
                insert into processed_event (event_id, event_type, processed_at) values (:id, :type, :at)
                on conflict (event_id) do nothing
                """)
                .param("id", event.id())
                .param("type", event.type())
                .param("at", Timestamp.from(Instant.now()))
                .update() == 1;
    }
}
