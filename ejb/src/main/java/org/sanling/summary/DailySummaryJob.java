package org.sanling.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every evening (日报): computes today so far, and yesterday once more for what happened after its run; a run
 * missed while the portal was down happens at the next start.
 */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "daily-summary", cron = "0 30 23 * * ?")
public class DailySummaryJob implements Job {

    @Inject
    private SummaryComputer computer;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SummaryComputer.ZONE);
        int yesterday = computer.computeDay(today.minusDays(1), now);
        context.setResult("days=2, rows=" + (yesterday + computer.computeDay(today, now)));
    }
}
