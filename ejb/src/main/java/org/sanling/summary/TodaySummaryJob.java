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
 * Every quarter of an hour: computes today so far, so that the leaders' dashboard shows the day as it goes
 * rather than zeros until the evening's 日报 ({@link DailySummaryJob}) runs. A day takes about a second at a
 * million submissions (docs/benchmarks.md); computing a day locks its mark, so this and the daily job take turns.
 */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "summary-today", cron = "0 0/15 * * * ?")
public class TodaySummaryJob implements Job {

    @Inject
    private SummaryComputer computer;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        context.setResult("rows=" + computer.computeDay(LocalDate.ofInstant(now, SummaryComputer.ZONE), now));
    }
}
