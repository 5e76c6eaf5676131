package org.sanling.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/** On the first of each month: stores the 三零 board of the month before (the current one is counted on demand). */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "sanling-board", cron = "0 0 1 1 * ?")
public class SanlingBoardJob implements Job {

    @Inject
    private SummaryComputer computer;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        YearMonth previous = YearMonth.from(now.atZone(SummaryComputer.ZONE)).minusMonths(1);
        context.setResult("month=" + previous + ", areas=" + computer.computeBoard(previous, now));
    }
}
