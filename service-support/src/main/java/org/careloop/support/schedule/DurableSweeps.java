package org.careloop.support.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.SmartLifecycle;

/**
 * A service's recurring sweeps (reminders due, mail to send, referrals unanswered in time), durable on db-scheduler
 * in the service's own PostgreSQL ({@code scheduled_tasks}): each sweep runs on one instance at a time and its next
 * run survives restarts. The service's {@link Clock} is db-scheduler's, so tests that move the clock move the sweeps.
 * A sweep claims the rows it works on itself, so two runs that overlap still send nothing twice.
 */
public final class DurableSweeps implements SmartLifecycle {

    /** One sweep: its task name in {@code scheduled_tasks}, how long after one run ends the next starts, the work. */
    public record Sweep(String name, Duration every, Runnable work) {
    }

    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    public DurableSweeps(DataSource dataSource, Clock clock, Duration pollingInterval, List<Sweep> sweeps) {
        List<RecurringTask<Void>> tasks = sweeps.stream()
                .map(sweep -> Tasks.recurring(sweep.name(), FixedDelay.of(sweep.every()))
                        .execute((instance, context) -> sweep.work().run()))
                .toList();
        // a stopped db-scheduler cannot start again: every start (as after a restart) builds a new one
        this.schedulers = () -> Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(sweeps.size())
                .pollingInterval(pollingInterval)
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
