package org.careloop.cases.events;

import org.careloop.cases.support.CaseServiceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The outbox's safety net: publications that did not complete (broker down, process killed between send and
 * completion) are sent again once they are older than a send could take. Sending twice is possible, losing never:
 * consumers drop duplicates by CloudEvents id.
 */
@Component
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final TaskScheduler scheduler;
    private final CaseServiceProperties.Outbox settings;

    OutboxResubmission(IncompleteEventPublications incomplete, TaskScheduler scheduler,
            CaseServiceProperties properties) {
        this.incomplete = incomplete;
        this.scheduler = scheduler;
        this.settings = properties.outbox();
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::resubmit, settings.resubmitEvery());
    }

    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.resubmitOlderThan());
        } catch (RuntimeException e) {
            // the database may be away too; the next round tries again
            log.warn("Failed to resubmit incomplete event publications: {}", e.toString());
        }
    }
}
