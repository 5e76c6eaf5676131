package org.sanling.supervision;

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

import java.io.Serializable;
import java.time.Instant;

/** One step in a submission's life: who did what, when, with which note. The first entry is the filing. */
@Entity
@Table(name = "timeline_entry")
@SequenceGenerator(name = "timeline_entry_seq", sequenceName = "timeline_entry_seq", allocationSize = 50)
public class TimelineEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private Submission submission;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 32, updatable = false)
    private String actor;

    /** FILE for the filing itself, else the action's name. */
    @Column(nullable = false, length = 20, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20, updatable = false)
    private SubmissionStatus statusAfter;

    @Column(length = 2000, updatable = false)
    private String note;

    protected TimelineEntry() {
        // for JPA
    }

    TimelineEntry(Submission submission, Instant at, String actor, SubmissionAction action, SubmissionStatus statusAfter,
                  String note) {
        this.submission = submission;
        this.at = at;
        this.actor = actor;
        this.action = action == null ? "FILE" : action.name();
        this.statusAfter = statusAfter;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public SubmissionStatus getStatusAfter() {
        return statusAfter;
    }

    public String getNote() {
        return note;
    }
}
