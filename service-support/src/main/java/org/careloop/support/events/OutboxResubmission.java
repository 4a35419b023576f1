package org.careloop.support.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.TaskScheduler;

/**
 * The outbox's safety net: publications that did not complete (broker down, process killed between send and
 * completion) are sent again once they are older than a send could take. Sending twice is possible, losing never:
 * consumers drop duplicates by CloudEvents id.
 */
class OutboxResubmission implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final EventsProperties.Outbox settings;

    OutboxResubmission(ObjectProvider<IncompleteEventPublications> incomplete, ObjectProvider<TaskScheduler> scheduler,
            EventsProperties.Outbox settings) {
        this.incomplete = incomplete;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        IncompleteEventPublications publications = incomplete.getIfAvailable();
        if (publications == null) {
            return; // this service publishes nothing through the outbox
        }
        scheduler.getObject().scheduleWithFixedDelay(() -> resubmit(publications), settings.resubmitEvery());
    }

    void resubmit(IncompleteEventPublications publications) {
        try {
            publications.resubmitIncompletePublicationsOlderThan(settings.resubmitOlderThan());
        } catch (RuntimeException e) {
            // the database may be away too; the next round tries again
            log.warn("Failed to resubmit incomplete event publications: {}", e.toString());
        }
    }
}
