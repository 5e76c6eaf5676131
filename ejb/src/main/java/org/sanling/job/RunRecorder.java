package org.sanling.job;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.listeners.JobListenerSupport;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores every run of every job when it ends, so that jobs need not record themselves: the run's start
 * and end, the node, the job's result as its counts, and the deepest cause's message when it failed.
 */
class RunRecorder extends JobListenerSupport {

    private static final Logger LOG = Logger.getLogger(RunRecorder.class.getName());

    private final JobRuns runs;

    RunRecorder(JobRuns runs) {
        this.runs = runs;
    }

    @Override
    public String getName() {
        return "sanling-run-recorder";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        String job = context.getJobDetail().getKey().getName();
        Instant started = context.getFireTime().toInstant();
        Instant ended = started.plusMillis(Math.max(0, context.getJobRunTime()));
        String error = failure == null ? null : describe(failure);
        if (failure != null) {
            LOG.log(Level.WARNING, "Job " + job + " failed", failure);
        }
        Object result = context.getResult();
        runs.record(job, node(context), started, ended, result == null ? null : result.toString(), error);
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }

    /** The message of the deepest cause, which says what went wrong rather than where it was wrapped. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
