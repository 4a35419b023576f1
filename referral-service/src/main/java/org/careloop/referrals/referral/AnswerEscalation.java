package org.careloop.referrals.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates the referrals still {@code requested} past their answer time, once each: a batch at a time, each batch
 * claimed with {@code for update skip locked} (two sweeps at once, on one instance or several, never take the same
 * referral), marked escalated and announced ({@code AnswerOverdue}) through the outbox in the same transaction.
 * The system does this, not a person: there is no audit record, as there is none for the events it consumes.
 */
@Service
public class AnswerEscalation {

    /** Referrals claimed per transaction: a backlog (the first sweep after an outage) is worked off in batches. */
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(AnswerEscalation.class);

    private final Referrals referrals;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerEscalation(Referrals referrals, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** One sweep: escalates every referral overdue now that no other sweep holds; returns how many it escalated. */
    public int sweep() {
        int escalated = 0;
        int claimed;
        do {
            claimed = transactions.execute(status -> {
                // to the microsecond, as PostgreSQL stores it: the event and the referral say the same moment
                Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                List<Referral> overdue = referrals.claimOverdue(now, BATCH);
                for (Referral referral : overdue) {
                    referral.escalate(now);
                    referrals.escalated(referral);
                    referral.pullEvents().forEach(events::publishEvent);
                }
                return overdue.size();
            });
            escalated += claimed;
        } while (claimed == BATCH);
        if (escalated > 0) {
            log.info("Escalated {} referrals unanswered past their answer time", escalated);
        }
        return escalated;
    }
}
