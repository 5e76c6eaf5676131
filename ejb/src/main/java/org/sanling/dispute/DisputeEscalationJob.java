package org.sanling.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** Hourly: high-risk disputes open more than three days go to their street's leaders ({@link DisputeWatch#escalateHighRisk}). */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "dispute-escalation", cron = "0 10 * * * ?")
public class DisputeEscalationJob implements Job {

    @Inject
    private DisputeWatch watch;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        WatchCounts counts = watch.escalateHighRisk(clock.instant());
        context.setResult("escalated=" + counts.disputes() + ", notified=" + counts.notified());
    }
}
