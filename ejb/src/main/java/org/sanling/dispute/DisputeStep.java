package org.sanling.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step on a dispute's timeline: who did what, when, with which note. The first is the filing ({@code FILE});
 * the jobs add {@code REMIND} and {@code ESCALATE} (by {@code system}), which leave the status as it was.
 */
@Entity
@Table(name = "dispute_step")
@SequenceGenerator(name = "dispute_step_seq", sequenceName = "dispute_step_seq", allocationSize = 50)
public class DisputeStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 32, updatable = false)
    private String actor;

    @Column(nullable = false, length = 20, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20, updatable = false)
    private DisputeStatus statusAfter;

    @Column(length = 2000, updatable = false)
    private String note;

    protected DisputeStep() {
        // for JPA
    }

    DisputeStep(Dispute dispute, Instant at, String actor, String action, DisputeStatus statusAfter, String note) {
        this.dispute = dispute;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.statusAfter = statusAfter;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** FILE, an action's name, or REMIND / ESCALATE for what the jobs did. */
    public String getAction() {
        return action;
    }

    public DisputeStatus getStatusAfter() {
        return statusAfter;
    }

    public String getNote() {
        return note;
    }
}
