package org.sanling.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One check of a node's search index against the database ({@link IndexVerifier}): what it compared and what
 * it repaired. Never changed once written.
 */
@Entity
@Table(name = "index_verification")
@SequenceGenerator(name = "index_verification_seq", sequenceName = "index_verification_seq", allocationSize = 50)
public class IndexVerification implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_verification_seq")
    private Long id;

    @Column(nullable = false, length = 200, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Column(name = "database_rows", nullable = false, updatable = false)
    private long databaseRows;

    @Column(name = "index_documents", nullable = false, updatable = false)
    private long indexDocuments;

    @Column(name = "months_differing", nullable = false, updatable = false)
    private int monthsDiffering;

    @Column(nullable = false, updatable = false)
    private int missing;

    @Column(nullable = false, updatable = false)
    private int stale;

    @Column(nullable = false, updatable = false)
    private int deleted;

    protected IndexVerification() {
        // for JPA
    }

    IndexVerification(String node, Instant startedAt, Instant endedAt, long databaseRows, long indexDocuments,
                      int monthsDiffering, int missing, int stale, int deleted) {
        this.node = node;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.databaseRows = databaseRows;
        this.indexDocuments = indexDocuments;
        this.monthsDiffering = monthsDiffering;
        this.missing = missing;
        this.stale = stale;
        this.deleted = deleted;
    }

    /** The node whose index it checked (each node keeps its own). */
    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** Submissions and consultations in the database. */
    public long getDatabaseRows() {
        return databaseRows;
    }

    /** Their documents in the index, before the repair. */
    public long getIndexDocuments() {
        return indexDocuments;
    }

    /** Months (of one kind) whose count or checksum differed. */
    public int getMonthsDiffering() {
        return monthsDiffering;
    }

    /** Documents it added: rows the index lacked. */
    public int getMissing() {
        return missing;
    }

    /** Documents it replaced: the index held an older state of their rows. */
    public int getStale() {
        return stale;
    }

    /** Documents it deleted: their rows are gone. */
    public int getDeleted() {
        return deleted;
    }

    /** The counts as a job run records them. */
    @Override
    public String toString() {
        return "rows=" + databaseRows + ", documents=" + indexDocuments + ", monthsDiffering=" + monthsDiffering
                + ", missing=" + missing + ", stale=" + stale + ", deleted=" + deleted;
    }
}
