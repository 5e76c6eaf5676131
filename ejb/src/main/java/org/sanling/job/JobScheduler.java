package org.sanling.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.sanling.platform.DatabaseMigrator;

import javax.sql.DataSource;

import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Starts this node's Quartz scheduler once the schema is current, schedules every {@link ScheduledJob}
 * bean (keeping the schedule an administrator gave it earlier), and shuts the scheduler down with the
 * application, waiting for running jobs to finish. NOT_SUPPORTED: Quartz commits its own connections,
 * which it cannot do inside a JTA transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JobScheduler {

    /** The Quartz group of the portal's jobs and their triggers. */
    static final String GROUP = "sanling";

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    private BeanManager beans;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private JobRuns runs;

    private Scheduler scheduler;
    private Map<String, ScheduledJob> jobs;

    @PostConstruct
    void start() {
        try {
            Properties properties = QuartzProperties.clustered(QuartzProperties.SCHEDULER_NAME, QuartzProperties.DATA_SOURCE, "qrtz_");
            properties.setProperty("org.quartz.dataSource." + QuartzProperties.DATA_SOURCE + ".jndiURL", DatabaseMigrator.DATASOURCE);
            scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory(new CdiJobFactory(beans, dataSource));
            scheduler.getListenerManager().addJobListener(new RunRecorder(runs));
            jobs = register();
            scheduler.start();
            LOG.info(() -> "Scheduler " + instanceId() + " started with jobs " + jobs.keySet());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.warning(() -> "Quartz did not shut down cleanly: " + e);
        }
    }

    /** This node's scheduler, for {@link JobService}; thread-safe. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The portal's jobs by name, in name order, with their default schedules. */
    public Map<String, ScheduledJob> jobs() {
        return jobs;
    }

    static JobKey jobKey(String name) {
        return JobKey.jobKey(name, GROUP);
    }

    static TriggerKey triggerKey(String name) {
        return TriggerKey.triggerKey(name, GROUP);
    }

    /**
     * The job's trigger on a cron schedule. A run missed while no node was up (a misfire) happens once,
     * as soon as a node is back, and the schedule goes on from there.
     */
    static CronTrigger trigger(String name, String cron, TimeZone zone) {
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(name))
                .forJob(jobKey(name))
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Stores every job bean's job (its class may have changed) and, for a job new to the store, its default
     * trigger; jobs of the group that no bean has any more are deleted.
     */
    private Map<String, ScheduledJob> register() throws SchedulerException {
        Map<String, ScheduledJob> found = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Job.class, Any.Literal.INSTANCE)) {
            ScheduledJob definition = bean.getBeanClass().getAnnotation(ScheduledJob.class);
            if (definition == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Job> type = (Class<? extends Job>) bean.getBeanClass();
            scheduler.addJob(JobBuilder.newJob(type).withIdentity(jobKey(definition.name())).storeDurably().build(), true);
            scheduleUnlessScheduled(definition);
            found.put(definition.name(), definition);
        }
        Set<JobKey> stored = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
        for (JobKey key : stored) {
            if (!found.containsKey(key.getName())) {
                scheduler.deleteJob(key);
                LOG.info(() -> "Deleted the job " + key.getName() + ", which the portal no longer has");
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private void scheduleUnlessScheduled(ScheduledJob definition) throws SchedulerException {
        if (scheduler.checkExists(triggerKey(definition.name()))) {
            return;
        }
        try {
            scheduler.scheduleJob(trigger(definition.name(), definition.cron(), TimeZone.getTimeZone(definition.timeZone())));
        } catch (ObjectAlreadyExistsException anotherNodeWasFaster) {
            LOG.fine(() -> "Another node scheduled " + definition.name() + " first");
        }
    }

    private String instanceId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }
}
