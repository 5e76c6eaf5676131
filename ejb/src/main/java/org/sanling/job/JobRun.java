package org.sanling.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One run of a job: when, where, how it ended and what it did. Never changed once written. */
@Entity
@Table(name = "job_run")
@SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
public class JobRun implements Serializable {

    static final int MAX_ERROR = 1000;
    static final int MAX_COUNTS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    private Long id;

    @Column(nullable = false, length = 80, updatable = false)
    private String job;

    @Column(nullable = false, length = 200, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private JobOutcome outcome;

    @Column(length = MAX_COUNTS, updatable = false)
    private String counts;

    @Column(length = MAX_ERROR, updatable = false)
    private String error;

    protected JobRun() {
        // for JPA
    }

    JobRun(String job, String node, Instant startedAt, Instant endedAt, String counts, String error) {
        this.job = job;
        this.node = node;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.outcome = error == null ? JobOutcome.SUCCEEDED : JobOutcome.FAILED;
        this.counts = cut(counts, MAX_COUNTS);
        this.error = cut(error, MAX_ERROR);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Duration getDuration() {
        return Duration.between(startedAt, endedAt);
    }

    public JobOutcome getOutcome() {
        return outcome;
    }

    /** What the run did as the job counts it, e.g. "reminded=12"; null if it said nothing. */
    public String getCounts() {
        return counts;
    }

    /** Why the run failed; null if it succeeded. */
    public String getError() {
        return error;
    }
}
