package org.sanling.patrol;

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
import org.sanling.supervision.Submission;

import java.time.Instant;
import java.util.UUID;

/**
 * An event met on a patrol (处置事件): the submission it was filed as, and whether the handler dealt with it on the
 * spot. Its client UUID is the submission's too, so a replay finds both.
 */
@Entity
@Table(name = "patrol_event")
@SequenceGenerator(name = "patrol_event_seq", sequenceName = "patrol_event_seq", allocationSize = 50)
public class PatrolEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patrol_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patrol_id", nullable = false, updatable = false)
    private Patrol patrol;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private Submission submission;

    @Column(name = "handled_on_spot", nullable = false, updatable = false)
    private boolean handledOnSpot;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PatrolEvent() {
        // for JPA
    }

    PatrolEvent(Patrol patrol, UUID clientId, Submission submission, boolean handledOnSpot, Instant now) {
        this.patrol = patrol;
        this.clientId = clientId;
        this.submission = submission;
        this.handledOnSpot = handledOnSpot;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Patrol getPatrol() {
        return patrol;
    }

    public UUID getClientId() {
        return clientId;
    }

    public Submission getSubmission() {
        return submission;
    }

    public boolean isHandledOnSpot() {
        return handledOnSpot;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
