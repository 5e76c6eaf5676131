package org.sanling.legalaid;

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
import org.sanling.account.Account;
import org.sanling.supervision.Submission;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One consultation at an event: its topic, a one-line summary, how it ended, and for a referral the
 * dispute submission it became. The citizen is anonymous unless they consented to leave a name or phone.
 */
@Entity
@SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
public class Consultation implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private LegalAidEvent event;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "logged_by_id", nullable = false, updatable = false)
    private Account loggedBy;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "topic_id", nullable = false, updatable = false)
    private LegalTopic topic;

    @Column(length = 200, updatable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    @Column(name = "citizen_name", length = 50, updatable = false)
    private String citizenName;

    @Column(name = "citizen_phone", length = 20, updatable = false)
    private String citizenPhone;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "submission_id", updatable = false)
    private Submission submission;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Consultation() {
        // for JPA
    }

    Consultation(LegalAidEvent event, UUID clientId, Account loggedBy, LegalTopic topic, String summary, Outcome outcome,
                 String citizenName, String citizenPhone, Submission submission, Instant createdAt) {
        this.event = event;
        this.clientId = clientId;
        this.loggedBy = loggedBy;
        this.topic = topic;
        this.summary = summary;
        this.outcome = outcome;
        this.citizenName = citizenName;
        this.citizenPhone = citizenPhone;
        this.submission = submission;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LegalAidEvent getEvent() {
        return event;
    }

    public UUID getClientId() {
        return clientId;
    }

    public Account getLoggedBy() {
        return loggedBy;
    }

    public LegalTopic getTopic() {
        return topic;
    }

    public String getSummary() {
        return summary;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public String getCitizenPhone() {
        return citizenPhone;
    }

    /** The dispute submission a referral became, or null. */
    public Submission getSubmission() {
        return submission;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
