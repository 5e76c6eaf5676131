package org.sanling.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** At the end of each day (Asia/Shanghai), records no-shows and open check-outs of the shifts that ended. */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "attendance-day-end", cron = "0 55 23 * * ?")
public class ShiftDayEndJob implements Job {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("closed=" + attendance.closeEndedShifts(clock.instant()));
    }
}
