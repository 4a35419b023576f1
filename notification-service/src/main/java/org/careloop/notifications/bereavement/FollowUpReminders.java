package org.careloop.notifications.bereavement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.careloop.notifications.inbox.NotificationDraft;
import org.careloop.notifications.inbox.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the social worker who holds the case when a follow-up falls due: exactly once, whichever instance runs
 * the sweep (a conditional update claims each reminder in the transaction that creates the notification).
 */
@Component
public class FollowUpReminders {

    private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

    private final Plans plans;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FollowUpReminders(Plans plans, Notifier notifier, TransactionTemplate transactions, Clock clock) {
        this.plans = plans;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the reminders now due; returns how many. */
    public int sweep() {
        List<DueFollowUp> due = plans.due(LocalDate.now(clock), null, null, true, 500);
        int sent = 0;
        for (DueFollowUp followUp : due) {
            Boolean reminded = transactions.execute(status -> {
                if (!plans.claimReminder(followUp.followUpId(), clock.instant())) {
                    return false;
                }
                notifier.notify(NotificationDraft.toUser(followUp.assignedWorker(), followUp.assignedWorkerSub(),
                        "FOLLOW_UP_DUE",
                        "Bereavement follow-up due",
                        "A " + followUp.kind().name().toLowerCase().replace('_', ' ') + " contact with a family member ("
                                + followUp.relationship() + ") is due on " + followUp.dueOn() + ".",
                        "/cases/" + followUp.caseId() + "/bereavement"));
                return true;
            });
            if (Boolean.TRUE.equals(reminded)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} follow-up reminder(s)", sent);
        }
        return sent;
    }
}
