/**
 * Jobs: Quartz with its clustered JDBC job store on the portal's database, so a job runs once across
 * the nodes and survives restarts.
 * <p>
 * A job is an {@code @ApplicationScoped} bean implementing {@link org.quartz.Job}, annotated with
 * {@link org.sanling.job.ScheduledJob} (its name and default schedule) and
 * {@link org.quartz.DisallowConcurrentExecution}; it lives in the feature it serves and only calls that
 * feature's service, putting what the run did into {@link org.quartz.JobExecutionContext#setResult} as a
 * short text. {@link org.sanling.job.JobScheduler} finds every such bean at start-up and schedules it,
 * {@link org.sanling.job.RunRecorder} stores each run ({@link org.sanling.job.JobRun}), and
 * {@link org.sanling.job.JobService} lets administrators see, run, reschedule, pause and resume them.
 */
package org.sanling.job;
