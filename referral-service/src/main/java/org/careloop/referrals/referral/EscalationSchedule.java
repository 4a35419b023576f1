package org.careloop.referrals.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.careloop.referrals.support.ReferralServiceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The escalation sweep ({@link AnswerEscalation#sweep}) as a durable recurring task on db-scheduler in PostgreSQL
 * ({@code scheduled_tasks}): it runs on one instance at a time, every {@code careloop.referrals.escalation.sweep-every},
 * and its next run survives restarts. The sweep claims each referral itself, so an escalation is never sent twice
 * even if two runs overlapped.
 */
@Component
class EscalationSchedule implements SmartLifecycle {

    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    EscalationSchedule(DataSource dataSource, AnswerEscalation escalation, Clock clock,
            ReferralServiceProperties properties) {
        RecurringTask<Void> sweep = Tasks.recurring("referral-answer-escalation",
                        FixedDelay.of(properties.escalation().sweepEvery()))
                .execute((instance, context) -> escalation.sweep());
        // a stopped db-scheduler cannot start again: every start (as after a restart) builds a new one
        this.schedulers = () -> Scheduler.create(dataSource)
                .startTasks(sweep)
                .threads(1)
                .pollingInterval(properties.escalation().pollingInterval())
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
