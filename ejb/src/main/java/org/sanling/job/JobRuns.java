package org.sanling.job;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run history of the jobs. Written by the scheduler's threads, which have no caller, hence
 * {@code @PermitAll}; nothing outside the job package reaches it (administrators read the history
 * through {@link JobService}). Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
public class JobRuns {

    /** How long runs are kept. */
    public static final Duration KEPT = Duration.ofDays(90);

    @PersistenceContext
    private EntityManager em;

    /** Stores a run; {@code error} null means it succeeded. */
    public void record(String job, String node, Instant startedAt, Instant endedAt, String counts, String error) {
        em.persist(new JobRun(job, node, startedAt, endedAt, counts, error));
    }

    /** The job's latest runs, newest first, at most {@code max}. */
    public List<JobRun> latest(String job, int max) {
        return em.createQuery("select r from JobRun r where r.job = :job order by r.startedAt desc, r.id desc", JobRun.class)
                .setParameter("job", job)
                .setMaxResults(max)
                .getResultList();
    }

    public Optional<JobRun> last(String job) {
        return latest(job, 1).stream().findFirst();
    }

    /**
     * Deletes the runs that started more than {@link #KEPT} before {@code now}.
     *
     * @return how many it deleted
     */
    public int deleteExpired(Instant now) {
        return em.createQuery("delete from JobRun r where r.startedAt < :oldest")
                .setParameter("oldest", now.minus(KEPT))
                .executeUpdate();
    }
}
