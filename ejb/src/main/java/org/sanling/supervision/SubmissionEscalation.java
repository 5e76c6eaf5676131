package org.sanling.supervision;

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
import org.sanling.area.Area;

import java.time.Instant;

/**
 * One level of escalation of an overdue submission ({@link DeadlineScan}): level 1 when it was first found
 * overdue, each further level when it stayed overdue for another allowed period. The database holds one row
 * per submission and level, which is what makes each level happen once. Never changed once written.
 */
@Entity
@Table(name = "submission_escalation")
@SequenceGenerator(name = "submission_escalation_seq", sequenceName = "submission_escalation_seq", allocationSize = 50)
public class SubmissionEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_escalation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private Submission submission;

    @Column(name = "level_no", nullable = false, updatable = false)
    private int level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id", updatable = false)
    private Area area;

    @Column(name = "escalated_at", nullable = false, updatable = false)
    private Instant escalatedAt;

    protected SubmissionEscalation() {
        // for JPA
    }

    SubmissionEscalation(Submission submission, int level, Area area, Instant escalatedAt) {
        this.submission = submission;
        this.level = level;
        this.area = area;
        this.escalatedAt = escalatedAt;
    }

    /** 1 for the first escalation, then 2, 3, … */
    public int getLevel() {
        return level;
    }

    /** The area whose leaders it went to; null when nobody above leads (no further level follows). */
    public Area getArea() {
        return area;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
