package org.sanling.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** Every evening: reminds volunteers (legal-aid staff included) of their shifts tomorrow. */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "shift-reminders", cron = "0 0 18 * * ?")
public class ShiftRemindersJob implements Job {

    @Inject
    private ShiftReminders reminders;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("reminded=" + reminders.remindOfTomorrow(clock.instant()));
    }
}
