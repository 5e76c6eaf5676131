package org.sanling.job;

import jakarta.enterprise.inject.spi.BeanManager;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

import javax.sql.DataSource;

/**
 * Gives Quartz the job's CDI bean instead of a bare instance, so jobs can {@code @Inject} services, and
 * runs it as an {@link ExclusiveRun}. Jobs are {@code @ApplicationScoped}: the contextual instance is
 * shared and nothing is left to destroy.
 */
class CdiJobFactory implements JobFactory {

    private final BeanManager beans;
    private final DataSource dataSource;

    CdiJobFactory(BeanManager beans, DataSource dataSource) {
        this.beans = beans;
        this.dataSource = dataSource;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        var instance = beans.createInstance().select(type);
        if (!instance.isResolvable()) {
            throw new SchedulerException("No CDI bean for job class " + type.getName());
        }
        return new ExclusiveRun(instance.get(), dataSource::getConnection, "");
    }
}
