package org.careloop.support.events;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a consumer takes an event in: the event's effect and its id in {@code processed_event} commit in one
 * transaction, so an event delivered twice has its effect once. A record that is not a CloudEvent is a poison
 * message; an effect that throws rolls back and is retried, then dead-lettered, by the container's error handler.
 */
public class EventInbox {

    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;

    public EventInbox(ProcessedEvents processed, TransactionTemplate transactions) {
        this.processed = processed;
        this.transactions = transactions;
    }

    public void receive(ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.of(record);
        transactions.executeWithoutResult(status -> {
            if (processed.firstDelivery(event)) {
                effect.accept(event);
            }
        });
    }
}
