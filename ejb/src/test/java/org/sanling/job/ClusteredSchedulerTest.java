package org.sanling.job;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.SimpleJobFactory;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes of the portal on one database: two Quartz schedulers in this JVM with the portal's clustered
 * settings ({@link QuartzProperties}) on the same tables, made by the portal's migrations. A trigger that
 * both see fires on exactly one of them, and a job is never run by both at once. On H2 (an in-memory
 * database both nodes share, in PostgreSQL mode as the server runs it) always, on PostgreSQL (a schema
 * of its own) when {@code POSTGRESQL_URL} is set. And a node that was down at a fire time runs the job once
 * when it starts again.
 */
class ClusteredSchedulerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** What the test jobs did, per test (by a key in the job's data): node names and overlap counts. */
    private static final Map<String, Runs> RUNS = new ConcurrentHashMap<>();

    private final String key = UUID.randomUUID().toString();
    private final List<Scheduler> nodes = new ArrayList<>();
    private Database database;

    @AfterEach
    void stopNodes() throws Exception {
        for (Scheduler node : nodes) {
            node.shutdown(true);
        }
        RUNS.remove(key);
        if (database != null) {
            database.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aTriggerBothNodesSeeFiresOnExactlyOne(String vendor) throws Exception {
        start(vendor);
        Runs runs = RUNS.computeIfAbsent(key, k -> new Runs());
        // Ten jobs due at the same moment on both nodes: each must run once, on one node or the other.
        Date at = Date.from(Instant.now().plusSeconds(3));
        int jobs = 10;
        for (int i = 0; i < jobs; i++) {
            schedule(nodes.get(i % 2), "once-" + i, at);
        }
        runs.finished.await(jobs, Duration.ofSeconds(30));
        Thread.sleep(3000); // time for a second run, were there one
        assertEquals(jobs, runs.byJob.size(), "every job ran: " + runs.byJob);
        runs.byJob.forEach((job, ranOn) -> assertEquals(1, ranOn.size(), job + " ran on " + ranOn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aJobAskedForOnBothNodesAtOnceNeverRunsTwiceAtTheSameTime(String vendor) throws Exception {
        start(vendor);
        Runs runs = RUNS.computeIfAbsent(key, k -> new Runs());
        JobKey job = JobKey.jobKey("slow", JobScheduler.GROUP);
        nodes.get(0).addJob(JobBuilder.newJob(SlowJob.class).withIdentity(job).usingJobData("key", key).storeDurably().build(), false);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (Scheduler node : nodes) {
            for (int i = 0; i < 2; i++) {
                Thread caller = new Thread(() -> {
                    try {
                        go.await();
                        node.triggerJob(job);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                caller.start();
                callers.add(caller);
            }
        }
        go.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        runs.finished.await(4, Duration.ofSeconds(60));
        assertEquals(4, runs.byJob.get("slow").size(), "each request ran, one after the other");
        assertEquals(1, runs.mostAtOnce.get(), "runs at the same time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void fireTimesMissedWhileNoNodeWasUpRunTheJobOnceAtStartUp(String vendor) throws Exception {
        database = vendor.equals("h2") ? Database.h2() : Database.postgresql();
        Runs runs = RUNS.computeIfAbsent(key, k -> new Runs());
        // Late by more than a second is a misfire here (the server keeps Quartz's default, a minute), to keep the test short.
        Properties misfireAfterASecond = new Properties();
        misfireAfterASecond.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        Scheduler node = startNode("node-a", misfireAfterASecond);
        nodes.add(node);
        JobKey job = JobScheduler.jobKey("daily");
        node.addJob(JobBuilder.newJob(CountingJob.class).withIdentity(job).usingJobData("key", key).storeDurably().build(), false);
        ZonedDateTime first = ZonedDateTime.now(SHANGHAI).plusSeconds(2);
        if (first.getSecond() > 57) {
            first = first.plusSeconds(60 - first.getSecond());
        }
        // The portal's trigger, firing daily at two moments a second apart, both passing while the node is down.
        String cron = first.getSecond() + "," + (first.getSecond() + 1) + " " + first.getMinute() + " " + first.getHour() + " * * ?";
        node.scheduleJob(JobScheduler.trigger("daily", cron, TimeZone.getTimeZone(SHANGHAI)));
        node.shutdown(true);

        Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(SHANGHAI), first).toMillis()) + 3500);
        assertEquals(null, runs.byJob.get("daily"), "nothing ran while the node was down");
        Scheduler restarted = startNode("node-a", misfireAfterASecond);
        nodes.add(restarted);
        runs.finished.await(1, Duration.ofSeconds(15));
        Thread.sleep(2000); // time for a second run, were there one
        assertEquals(1, runs.byJob.get("daily").size(), "the missed fire times ran once, at start-up");
        Date next = restarted.getTrigger(JobScheduler.triggerKey("daily")).getNextFireTime();
        assertTrue(next.toInstant().isAfter(Instant.now().plus(Duration.ofHours(23))), "and the schedule goes on tomorrow: " + next);
    }

    private void start(String vendor) throws Exception {
        database = vendor.equals("h2") ? Database.h2() : Database.postgresql();
        for (String node : List.of("node-a", "node-b")) {
            nodes.add(startNode(node, new Properties()));
        }
    }

    /** Starts a node on the test's database with the portal's settings and the given ones on top. */
    private Scheduler startNode(String node, Properties overrides) throws Exception {
        Properties p = QuartzProperties.clustered(QuartzProperties.SCHEDULER_NAME, node, database.tablePrefix());
        // Fixed ids: generated ones (host name and milliseconds) could coincide in one JVM.
        p.setProperty("org.quartz.scheduler.instanceId", node);
        // Look for due triggers every second, so both nodes compete for each.
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.dataSource." + node + ".connectionProvider.class", PlainConnectionProvider.class.getName());
        p.setProperty("org.quartz.dataSource." + node + ".url", database.url());
        p.setProperty("org.quartz.dataSource." + node + ".user", database.user());
        p.setProperty("org.quartz.dataSource." + node + ".password", database.password());
        p.putAll(overrides);
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // As in the server: each run under the job's lock, on a connection of its own.
        scheduler.setJobFactory((bundle, s) -> new ExclusiveRun(new SimpleJobFactory().newJob(bundle, s),
                () -> DriverManager.getConnection(database.url(), database.user(), database.password()), database.schemaPrefix()));
        // Quartz keeps one scheduler per name in a JVM; two nodes in one JVM need the name freed.
        SchedulerRepository.getInstance().remove(QuartzProperties.SCHEDULER_NAME);
        scheduler.start();
        return scheduler;
    }

    private void schedule(Scheduler node, String name, Date at) throws Exception {
        JobKey job = JobKey.jobKey(name, JobScheduler.GROUP);
        node.scheduleJob(JobBuilder.newJob(CountingJob.class).withIdentity(job).usingJobData("key", key).build(),
                TriggerBuilder.newTrigger().withIdentity(name, JobScheduler.GROUP).startAt(at)
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
    }

    /** What happened to the test's jobs. */
    static final class Runs {
        final Map<String, List<String>> byJob = new ConcurrentHashMap<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Finished finished = new Finished();

        void ran(JobExecutionContext context) throws Exception {
            byJob.computeIfAbsent(context.getJobDetail().getKey().getName(), k -> new CopyOnWriteArrayList<>())
                    .add(context.getScheduler().getSchedulerInstanceId());
        }
    }

    /** Counts finished runs and lets the test wait for a number of them. */
    static final class Finished {
        private int count;

        synchronized void add() {
            count++;
            notifyAll();
        }

        synchronized void await(int expected, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (count < expected && System.nanoTime() < end) {
                wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            }
        }
    }

    @DisallowConcurrentExecution
    public static class CountingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            Runs runs = RUNS.get(context.getMergedJobDataMap().getString("key"));
            try {
                runs.ran(context);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                runs.finished.add();
            }
        }
    }

    /** Takes a while, noting how many of its runs are under way at once. */
    @DisallowConcurrentExecution
    public static class SlowJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            Runs runs = RUNS.get(context.getMergedJobDataMap().getString("key"));
            int now = runs.running.incrementAndGet();
            runs.mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                runs.ran(context);
                Thread.sleep(700);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                runs.running.decrementAndGet();
                runs.finished.add();
            }
        }
    }

    /** A database with the portal's schema, made for one test and dropped after it. */
    record Database(String url, String user, String password, String schemaPrefix, String schema) {

        String tablePrefix() {
            return schemaPrefix + "qrtz_";
        }

        static Database h2() {
            String url = "jdbc:h2:mem:cluster-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
            return new Database(url, "sa", "sa", "", null);
        }

        static Database postgresql() {
            String url = System.getenv("POSTGRESQL_URL");
            assumeTrue(url != null && !url.isBlank(), "POSTGRESQL_URL is not set: no PostgreSQL to test on");
            String user = System.getenv().getOrDefault("POSTGRESQL_USER", "postgres");
            String password = System.getenv().getOrDefault("POSTGRESQL_PASSWORD", "");
            String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration").load().migrate();
            return new Database(url, user, password, schema + ".", schema);
        }

        void drop() throws Exception {
            try (var connection = DriverManager.getConnection(url, user, password);
                 var statement = connection.createStatement()) {
                statement.execute(schema == null ? "DROP ALL OBJECTS" : "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
