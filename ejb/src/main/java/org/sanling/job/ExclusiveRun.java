package org.sanling.job;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a job while holding its row of {@code job_lock}, so that no two nodes run it at once.
 * <p>
 * {@code @DisallowConcurrentExecution} alone does not ensure that in a cluster: two triggers of one job
 * (its schedule and a "run now", or two "run now"s) acquired by two nodes at the same moment both fire
 * (quartz-scheduler/quartz#674; {@code ClusteredSchedulerTest} saw it on PostgreSQL). The row lock is
 * held by a connection of its own for the length of the run and released with it, also when the node
 * dies; a run that finds the row locked waits for the other run to end, as Quartz would on one node.
 */
class ExclusiveRun implements Job {

    /** Where the lock's connection comes from; a new connection each time, closed after the run. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    private static final long RETRY_MILLIS = 200;
    /**
     * SQL states that mean "someone else holds it, ask again": a duplicate key (both), lock timeout (H2
     * HYT00, PostgreSQL 55P03), deadlock (H2 40001, PostgreSQL 40P01).
     */
    private static final Set<String> BUSY = Set.of("23505", "HYT00", "55P03", "40001", "40P01");

    private final Job job;
    private final Connections connections;
    private final String tablePrefix;

    /** @param tablePrefix the schema of the portal's tables with a dot, or empty for the default schema */
    ExclusiveRun(Job job, Connections connections, String tablePrefix) {
        this.job = job;
        this.connections = connections;
        this.tablePrefix = tablePrefix;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        try (Connection lock = connections.open()) {
            lock.setAutoCommit(false);
            try {
                take(lock, name);
                job.execute(context);
            } finally {
                lock.rollback(); // releases the row lock; nothing was changed
            }
        } catch (SQLException e) {
            throw new JobExecutionException("could not lock the job " + name, e);
        }
    }

    /**
     * Locks the job's row, making it on the job's first run. Waits while another node holds it: PostgreSQL
     * waits by itself, H2 gives up after its lock timeout and is asked again; of two first runs racing to
     * make the row, one gets a duplicate key and then locks the other's row.
     */
    private void take(Connection lock, String name) throws SQLException, JobExecutionException {
        while (true) {
            try {
                if (locked(lock, name)) {
                    return;
                }
                try (var insert = lock.prepareStatement("INSERT INTO " + tablePrefix + "job_lock (job) VALUES (?)")) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                }
                lock.commit();
            } catch (SQLException e) {
                if (!BUSY.contains(e.getSQLState())) {
                    throw e;
                }
                lock.rollback();
                pause(name);
            }
        }
    }

    private boolean locked(Connection lock, String name) throws SQLException {
        try (var select = lock.prepareStatement("SELECT job FROM " + tablePrefix + "job_lock WHERE job = ? FOR UPDATE")) {
            select.setString(1, name);
            try (var found = select.executeQuery()) {
                return found.next();
            }
        }
    }

    private static void pause(String name) throws JobExecutionException {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException("interrupted while waiting for the job " + name, e);
        }
    }
}
