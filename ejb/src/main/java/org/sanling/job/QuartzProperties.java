package org.sanling.job;

import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.simpl.SimpleThreadPool;

import java.util.Properties;

/**
 * The portal's Quartz configuration: a clustered JDBC job store ({@code JobStoreTX}, which commits its
 * own connections: Quartz's calls must therefore run outside JTA transactions) with two worker threads.
 * Nodes of one portal share the scheduler name and differ in their generated instance id.
 */
public final class QuartzProperties {

    /** The scheduler name every node of the portal shares: Quartz's rows are keyed by it. */
    public static final String SCHEDULER_NAME = "sanling";
    /** Name under which Quartz knows the data source. */
    public static final String DATA_SOURCE = "sanling";

    private QuartzProperties() {
    }

    /**
     * The settings of a clustered node, but for the data source's own settings, which the caller adds
     * under {@code org.quartz.dataSource.<dataSourceName>.}.
     *
     * @param tablePrefix {@code qrtz_}, with a schema in front where the tables live in another schema
     */
    public static Properties clustered(String schedulerName, String dataSourceName, String tablePrefix) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", schedulerName);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        // Worker threads load job classes through the deployment's class loader, which the starting thread has.
        p.setProperty("org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        // The tables are Quartz's PostgreSQL ones on H2 too; this delegate reads their BYTEA columns as bytes.
        p.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", tablePrefix);
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
        // Job data holds strings only: nothing serialised that a class change could break.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // Triggers are acquired under the cluster's row lock, so two nodes never take the same one.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }
}
