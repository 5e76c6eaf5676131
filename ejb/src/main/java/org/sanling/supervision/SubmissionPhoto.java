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

import java.time.Instant;
import java.util.UUID;

/**
 * A photo of a submission; its file and thumbnail are in the {@link PhotoStore} under
 * {@link #getStoredName()} and {@link #getThumbnailName()}.
 */
@Entity
@Table(name = "submission_photo")
@SequenceGenerator(name = "submission_photo_seq", sequenceName = "submission_photo_seq", allocationSize = 50)
public class SubmissionPhoto {

    static final String THUMBNAIL_SUFFIX = ".thumb.jpg";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_photo_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private Submission submission;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 20, updatable = false)
    private ImageKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "stored_name", nullable = false, length = 64, updatable = false)
    private String storedName;

    @Column(name = "uploaded_by", nullable = false, length = 32, updatable = false)
    private String uploadedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SubmissionPhoto() {
        // for JPA
    }

    SubmissionPhoto(Submission submission, UUID clientId, ImageKind kind, long sizeBytes, int width, int height,
                    String storedName, String uploadedBy, Instant createdAt) {
        this.submission = submission;
        this.clientId = clientId;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public ImageKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getThumbnailName() {
        return storedName + THUMBNAIL_SUFFIX;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
