package org.sanling.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.sanling.job.ScheduledJob;

import java.time.Clock;

/** Daily: settles the photo files a crash left staged ({@link StagedPhotos}). */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "staged-photos", cron = "0 45 3 * * ?")
public class StagedPhotosJob implements Job {

    @Inject
    private StagedPhotos staged;

    @Inject
    private Clock clock;

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(staged.settle(clock.instant()).toString());
    }
}
