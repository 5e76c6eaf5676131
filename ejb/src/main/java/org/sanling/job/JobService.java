package org.sanling.job;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.sanling.platform.Role;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * The administrators' hold on the jobs: their schedules, runs and history. Changes go to Quartz's tables,
 * so they hold on every node and across restarts without one. NOT_SUPPORTED: Quartz commits its own
 * connections, which it cannot do inside a JTA transaction. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles(Role.ADMIN_NAME)
@RolesAllowed(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

    /** The longest history one call returns. */
    public static final int MAX_HISTORY = 100;

    @Inject
    private JobScheduler jobScheduler;

    @Inject
    private JobRuns runs;

    /** Every job of the portal, in name order. */
    public List<JobStatus> jobs() {
        return jobScheduler.jobs().keySet().stream().map(this::status).toList();
    }

    /** @throws JobNotFoundException if there is no such job */
    public JobStatus job(String name) {
        return status(known(name));
    }

    /**
     * The job's latest runs, newest first.
     *
     * @param max at most this many, capped at {@link #MAX_HISTORY}
     * @throws JobNotFoundException if there is no such job
     */
    public List<JobRun> history(String name, int max) {
        return runs.latest(known(name), Math.max(1, Math.min(max, MAX_HISTORY)));
    }

    /**
     * Runs the job as soon as a worker of any node is free, and returns at once; paused jobs run too. A run
     * asked for while the job runs waits for that run to end.
     *
     * @throws JobNotFoundException if there is no such job
     */
    public void runNow(String name) {
        act(s -> s.triggerJob(JobScheduler.jobKey(known(name))));
    }

    /**
     * Gives the job a new schedule, in force at once on every node; a paused job stays paused.
     *
     * @param cron     a Quartz cron expression, seconds first, e.g. {@code 0 55 23 * * ?}
     * @param timeZone an IANA time-zone id, e.g. {@code Asia/Shanghai}
     * @throws InvalidScheduleException if the expression is not valid, never fires, or the zone is unknown
     * @throws JobNotFoundException     if there is no such job
     */
    public JobStatus reschedule(String name, String cron, String timeZone) {
        known(name);
        TimeZone zone = zone(timeZone);
        String expression = cron == null ? "" : cron.strip();
        requireFires(expression, zone);
        boolean paused = isPaused(name);
        act(s -> {
            s.rescheduleJob(JobScheduler.triggerKey(name), JobScheduler.trigger(name, expression, zone));
            if (paused) {
                s.pauseTrigger(JobScheduler.triggerKey(name));
            }
        });
        return status(name);
    }

    /** Stops the job's schedule until {@link #resume}; a run under way finishes. */
    public JobStatus pause(String name) {
        act(s -> s.pauseJob(JobScheduler.jobKey(known(name))));
        return status(name);
    }

    /** Puts the job back on its schedule; if it missed a fire time while paused, it runs once now. */
    public JobStatus resume(String name) {
        act(s -> s.resumeJob(JobScheduler.jobKey(known(name))));
        return status(name);
    }

    private String known(String name) {
        if (name == null || !jobScheduler.jobs().containsKey(name)) {
            throw new JobNotFoundException(name);
        }
        return name;
    }

    private JobStatus status(String name) {
        Trigger trigger = quartz(s -> s.getTrigger(JobScheduler.triggerKey(name)));
        CronTrigger cron = (CronTrigger) trigger;
        boolean paused = isPaused(name);
        Date next = paused ? null : cron.getNextFireTime();
        String titleKey = jobScheduler.jobs().get(name).titleKey();
        return new JobStatus(name, cron.getCronExpression(), cron.getTimeZone().getID(), paused,
                next == null ? null : next.toInstant(), runs.last(name).orElse(null),
                titleKey.isEmpty() ? "job.name." + name : titleKey);
    }

    private boolean isPaused(String name) {
        return quartz(s -> s.getTriggerState(JobScheduler.triggerKey(name))) == Trigger.TriggerState.PAUSED;
    }

    private static TimeZone zone(String timeZone) {
        try {
            return TimeZone.getTimeZone(ZoneId.of(timeZone == null ? "" : timeZone.strip()));
        } catch (DateTimeException e) {
            throw InvalidScheduleException.badTimeZone(timeZone);
        }
    }

    private static void requireFires(String cron, TimeZone zone) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw InvalidScheduleException.badCron(cron, e.getMessage());
        }
        expression.setTimeZone(zone);
        if (expression.getNextValidTimeAfter(new Date()) == null) {
            throw InvalidScheduleException.neverFires(cron);
        }
    }

    /** A call to Quartz; its failures are the store's, not the caller's. */
    private <T> T quartz(SchedulerCall<T> call) {
        try {
            return call.on(jobScheduler.scheduler());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz failed", e);
        }
    }

    private void act(SchedulerAction action) {
        quartz(s -> {
            action.on(s);
            return null;
        });
    }

    @FunctionalInterface
    private interface SchedulerCall<T> {
        T on(Scheduler scheduler) throws SchedulerException;
    }

    @FunctionalInterface
    private interface SchedulerAction {
        void on(Scheduler scheduler) throws SchedulerException;
    }
}
