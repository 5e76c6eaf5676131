package org.sanling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** Hourly: flags overdue submissions and escalates them a level up ({@link DeadlineScan}). */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "deadline-scan", cron = "0 5 * * * ?", titleKey = "deadline.job.title")
public class DeadlineScanJob implements Job {

    @Inject
    private DeadlineScan scan;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(scan.scan(clock.instant()).toString());
    }
}
