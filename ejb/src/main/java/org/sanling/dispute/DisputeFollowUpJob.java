package org.sanling.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** Mornings: reminds mediators of the return visits (回访) due ({@link DisputeWatch#remindFollowUps}). */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "dispute-follow-up", cron = "0 0 8 * * ?")
public class DisputeFollowUpJob implements Job {

    @Inject
    private DisputeWatch watch;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        WatchCounts counts = watch.remindFollowUps(clock.instant());
        context.setResult("reminded=" + counts.disputes() + ", notified=" + counts.notified());
    }
}
