package org.sanling.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One mediation session of a dispute: when and where it was held, who attended, what came of it. */
@Entity
@Table(name = "mediation_session")
@SequenceGenerator(name = "mediation_session_seq", sequenceName = "mediation_session_seq", allocationSize = 50)
public class MediationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mediation_session_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(name = "held_at", nullable = false, updatable = false)
    private Instant heldAt;

    @Column(length = 200, updatable = false)
    private String place;

    @Column(length = 500, updatable = false)
    private String attendees;

    @Column(nullable = false, length = 2000, updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 32, updatable = false)
    private String recordedBy;

    protected MediationSession() {
        // for JPA
    }

    MediationSession(Dispute dispute, Instant heldAt, String place, String attendees, String notes, String recordedBy) {
        this.dispute = dispute;
        this.heldAt = heldAt;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.attendees = attendees == null || attendees.isBlank() ? null : attendees.strip();
        this.notes = notes.strip();
        this.recordedBy = recordedBy;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
