package org.sanling.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.sanling.job.ScheduledJob;

/**
 * Nightly: checks the search index of the node it runs on against the database and repairs it
 * ({@link IndexVerifier}).
 */
@ApplicationScoped
@DisallowConcurrentExecution
@ScheduledJob(name = "index-verification", cron = "0 15 2 * * ?", titleKey = "indexcheck.job.title")
public class IndexVerificationJob implements Job {

    @Inject
    private IndexVerifier verifier;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            context.setResult(verifier.verify(context.getScheduler().getSchedulerInstanceId()).toString());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
