package org.sanling.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import java.time.Clock;

/** Daily: forgets job runs older than {@link JobRuns#KEPT}. */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "job-run-cleanup", cron = "0 30 3 * * ?")
public class JobRunCleanupJob implements Job {

    @Inject
    private JobRuns runs;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("deleted=" + runs.deleteExpired(clock.instant()));
    }
}
