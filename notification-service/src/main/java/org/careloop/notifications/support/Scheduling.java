package org.careloop.notifications.support;

import java.time.Clock;
import java.time.Instant;

import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.careloop.notifications.bereavement.FollowUpReminders;
import org.careloop.notifications.inbox.InboxProperties;
import org.careloop.notifications.inbox.OutgoingMail;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The durable sweeps, on db-scheduler in PostgreSQL: due follow-up reminders and outgoing mail. Each recurring task
 * runs on one instance at a time and its next run survives restarts; the sweeps themselves claim each reminder and
 * mail, so nothing is sent twice even if two runs overlapped.
 */
@Component
class Scheduling implements SmartLifecycle {

    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    Scheduling(DataSource dataSource, FollowUpReminders reminders, OutgoingMail mail, Clock clock,
            NotificationServiceProperties properties, InboxProperties inbox) {
        RecurringTask<Void> reminderSweep = Tasks.recurring("follow-up-reminders",
                        FixedDelay.of(properties.scheduler().remindersEvery()))
                .execute((instance, context) -> reminders.sweep());
        RecurringTask<Void> mailSweep = Tasks.recurring("outgoing-mail", FixedDelay.of(inbox.mailEvery()))
                .execute((instance, context) -> mail.sendPending());
        // a stopped db-scheduler cannot start again: every start (as after a restart) builds a new one
        this.schedulers = () -> Scheduler.create(dataSource)
                .startTasks(reminderSweep, mailSweep)
                .threads(2)
                .pollingInterval(properties.scheduler().pollingInterval())
                .clock(new com.github.kagkarlsson.scheduler.Clock() {
                    @Override
                    public Instant now() {
                        return clock.instant();
                    }
                })
                .build();
    }

    @Override
    public void start() {
        scheduler = schedulers.get();
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
