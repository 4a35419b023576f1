package org.careloop.support.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.TaskScheduler;

/**
 * The outbox's safety net: publications whose send failed (broker down) are sent again, a batch every round.
 * Publications stuck in flight (the process died between send and completion) are first marked failed by Spring
 * Modulith's staleness check ({@code spring.modulith.events.staleness.*}), then resubmitted here. In-flight ones
 * are never resubmitted, so a slow send is not doubled; a send that reached the broker before the process died
 * is sent again, and consumers drop that duplicate by CloudEvents id.
 */
class OutboxResubmission implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final ObjectProvider<FailedEventPublications> incomplete;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final EventsProperties.Outbox settings;

    OutboxResubmission(ObjectProvider<FailedEventPublications> incomplete, ObjectProvider<TaskScheduler> scheduler,
            EventsProperties.Outbox settings) {
        this.incomplete = incomplete;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        FailedEventPublications publications = incomplete.getIfAvailable();
        if (publications == null) {
            return; // this service publishes nothing through the outbox
        }
        scheduler.getObject().scheduleWithFixedDelay(() -> resubmit(publications), settings.resubmitEvery());
    }

    void resubmit(FailedEventPublications publications) {
        try {
            publications.resubmit(ResubmissionOptions.defaults().withBatchSize(settings.batchSize())
                    .withMaxInFlight(settings.batchSize()));
        } catch (RuntimeException e) {
            // the database may be away too; the next round tries again
            log.warn("Failed to resubmit incomplete event publications: {}", e.toString());
        }
    }
}
