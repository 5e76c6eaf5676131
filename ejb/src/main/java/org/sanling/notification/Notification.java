package org.sanling.notification;

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

import java.io.Serializable;
import java.time.Instant;

/** A notice to one person; unread until they read it. */
@Entity
@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
public class Notification implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private Account recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(name = "subject_at", updatable = false)
    private Instant subjectAt;

    @Column(length = 200, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    Notification(Account recipient, NotificationKind kind, String subject, Instant subjectAt, String link, Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.subjectAt = subjectAt;
        this.link = link;
        this.createdAt = createdAt;
    }

    boolean recipientIs(String username) {
        return recipient.getUsername().equals(username);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSubjectAt() {
        return subjectAt;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
