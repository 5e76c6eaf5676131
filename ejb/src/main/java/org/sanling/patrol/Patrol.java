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
import org.sanling.account.Account;
import org.sanling.area.Area;

import java.time.Instant;
import java.util.UUID;

/**
 * One walk of a handler through their grid, recorded when it ended (a patrol is one 出动人次). It never changes
 * afterwards; the events met on it are {@link PatrolEvent}s.
 */
@Entity
@SequenceGenerator(name = "patrol_seq", sequenceName = "patrol_seq", allocationSize = 50)
public class Patrol {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patrol_seq")
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "handler_id", nullable = false, updatable = false)
    private Account handler;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private Area area;

    @Column(name = "area_path", nullable = false, length = 200, updatable = false)
    private String areaPath;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Column(length = 2000, updatable = false)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Patrol() {
        // for JPA
    }

    Patrol(NewPatrol recorded, Account handler, Area grid, Instant now) {
        this.clientId = recorded.clientId();
        this.handler = handler;
        this.area = grid;
        this.areaPath = grid.getPath();
        this.startedAt = recorded.startedAt();
        this.endedAt = recorded.endedAt();
        this.notes = recorded.notes() == null || recorded.notes().isBlank() ? null : recorded.notes().strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public Account getHandler() {
        return handler;
    }

    public Area getArea() {
        return area;
    }

    public String getAreaPath() {
        return areaPath;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** What the handler noted about the patrol; null when nothing. */
    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
