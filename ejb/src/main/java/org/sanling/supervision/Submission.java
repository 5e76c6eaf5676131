package org.sanling.supervision;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.account.Account;
import org.sanling.account.Department;
import org.sanling.area.Area;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A submission and where it stands. It changes only through {@link #apply}, which the workflow has
 * allowed first, so status, assignee, deadline and timeline always agree.
 */
@Entity
@SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
@NamedEntityGraph(name = Submission.DETAILS, attributeNodes = {
        @NamedAttributeNode("category"), @NamedAttributeNode("area"), @NamedAttributeNode("submitter"),
        @NamedAttributeNode("assignee"), @NamedAttributeNode("department"), @NamedAttributeNode("timeline")})
public class Submission implements Serializable {

    /** Everything a detail page shows, loaded at once: callers may use it after the transaction. */
    public static final String DETAILS = "Submission.details";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submitter_id", nullable = false, updatable = false)
    private Account submitter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SubmissionType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private Area area;

    @Column(name = "area_path", nullable = false, length = 200, updatable = false)
    private String areaPath;

    @Column(length = 200, updatable = false)
    private String place;

    @Column(nullable = false, length = 120, updatable = false)
    private String title;

    @Column(nullable = false, length = 8000, updatable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SanlingDimension dimension;

    @Column(name = "citizen_name", length = 50, updatable = false)
    private String citizenName;

    @Column(name = "citizen_phone", length = 20, updatable = false)
    private String citizenPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
        // for JPA
    }

    Submission(String number, UUID clientId, Account submitter, NewSubmission filed, Category category, Area area,
               Instant now) {
        this.number = number;
        this.clientId = clientId;
        this.submitter = submitter;
        this.type = filed.type();
        this.category = category;
        this.area = area;
        this.areaPath = area.getPath();
        this.place = blankToNull(filed.place());
        this.title = filed.title().strip();
        this.content = filed.content().strip();
        this.urgency = filed.urgency();
        this.dimension = filed.dimension() == null ? SanlingDimension.NONE : filed.dimension();
        this.citizenName = blankToNull(filed.citizenName());
        this.citizenPhone = blankToNull(filed.citizenPhone());
        this.occurredAt = filed.occurredAt();
        this.status = SubmissionStatus.SUBMITTED;
        this.createdAt = now;
        this.updatedAt = now;
        this.deadline = DeadlinePolicy.deadline(now, urgency, category);
        timeline.add(new TimelineEntry(this, now, submitter.getUsername(), null, status, null));
    }

    /**
     * Records an allowed action: the new status, the assignee (kept when {@code newAssignee} is null), a
     * new deadline when the submission is reopened, and the timeline entry.
     */
    void apply(SubmissionAction action, SubmissionStatus next, Account newAssignee, String actor, String note,
               Instant now) {
        this.status = next;
        if (newAssignee != null) {
            this.assignee = newAssignee;
        }
        if (next == SubmissionStatus.RESOLVED) {
            this.resolvedAt = now;
        }
        if (action == SubmissionAction.REOPEN) {
            this.resolvedAt = null;
            this.deadline = DeadlinePolicy.deadline(now, urgency, category);
        }
        this.updatedAt = now;
        timeline.add(new TimelineEntry(this, now, actor, action, next, note));
    }

    /**
     * Sends the submission to a department (any of its handlers takes it) or, with {@code null}, to a
     * person again: the assignee set by {@link #apply} takes over.
     */
    void routeTo(Department newDepartment) {
        this.department = newDepartment;
        if (newDepartment != null) {
            this.assignee = null;
        }
    }

    /** Whether the submission waits in the given department for one of its handlers to take it. */
    public boolean isWaitingIn(Long departmentId) {
        return department != null && assignee == null && department.getId().equals(departmentId);
    }

    /** Whether the deadline has passed while the submission is still open. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && now.isAfter(deadline);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public UUID getClientId() {
        return clientId;
    }

    public Account getSubmitter() {
        return submitter;
    }

    public SubmissionType getType() {
        return type;
    }

    public Category getCategory() {
        return category;
    }

    public Area getArea() {
        return area;
    }

    public String getAreaPath() {
        return areaPath;
    }

    public String getPlace() {
        return place;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public SanlingDimension getDimension() {
        return dimension;
    }

    /** The citizen's name, for those who may see it (see {@link SubmissionService}); null if not given. */
    public String getCitizenName() {
        return citizenName;
    }

    /** The citizen's phone, for those who may see it (see {@link SubmissionService}); null if not given. */
    public String getCitizenPhone() {
        return citizenPhone;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    /** The department it was dispatched to, or null. */
    public Department getDepartment() {
        return department;
    }

    /** The handler working on it, or null before dispatch (or while it waits in a department). */
    public Account getAssignee() {
        return assignee;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }

    public long getVersion() {
        return version;
    }
}
