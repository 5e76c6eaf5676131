package org.sanling.volunteer;

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
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.account.Account;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer on a shift: confirmed, or waitlisted in the order of {@link #getQueueNumber()}; then
 * checked in and out, with the minutes credited, or recorded as a no-show.
 */
@Entity
@SequenceGenerator(name = "signup_seq", sequenceName = "signup_seq", allocationSize = 50)
@NamedEntityGraph(name = Signup.WITH_CAMPAIGN,
        attributeNodes = @NamedAttributeNode(value = "shift", subgraph = "shift"),
        subgraphs = @NamedSubgraph(name = "shift", attributeNodes = @NamedAttributeNode("campaign")))
public class Signup implements Serializable {

    /** Loads a sign-up with its shift and campaign, which every view of a sign-up names. */
    static final String WITH_CAMPAIGN = "Signup.withCampaign";
    static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signup_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shift_id", nullable = false, updatable = false)
    private Shift shift;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false, updatable = false)
    private Account volunteer;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignupStatus status;

    @Column(name = "queue_number", nullable = false, updatable = false)
    private long queueNumber;

    @Column(name = "assigned_by", length = 32, updatable = false)
    private String assignedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(name = "credited_minutes", nullable = false)
    private int creditedMinutes;

    /** When the volunteer was reminded of the shift; set by {@link ShiftReminders} only, in bulk. */
    @Column(name = "reminded_at", insertable = false, updatable = false)
    private Instant remindedAt;

    @Version
    private long version;

    protected Signup() {
        // for JPA
    }

    Signup(Shift shift, Account volunteer, UUID clientId, long queueNumber, boolean confirmed, String assignedBy, Instant now) {
        this.shift = shift;
        this.volunteer = volunteer;
        this.clientId = clientId;
        this.queueNumber = queueNumber;
        this.status = confirmed ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
        this.confirmedAt = confirmed ? now : null;
        this.assignedBy = assignedBy;
        this.createdAt = now;
    }

    void confirm(Instant now) {
        status = SignupStatus.CONFIRMED;
        confirmedAt = now;
    }

    void end(SignupStatus how, Instant now) {
        status = how;
        endedAt = now;
    }

    /**
     * Whether the volunteer may check in at {@code at}: confirmed, not yet in, no attendance recorded (a
     * no-show), within the shift's check-in window.
     */
    public boolean acceptsCheckInAt(Instant at) {
        return checkedInAt == null && status == SignupStatus.CONFIRMED && attendance == null && shift.acceptsCheckInAt(at);
    }

    void checkIn(Instant at) {
        checkedInAt = at;
    }

    void checkOut(Instant at, int minutes) {
        checkedOutAt = at;
        creditedMinutes = minutes;
        attendance = Attendance.ATTENDED;
    }

    void recordNoShow() {
        attendance = Attendance.NO_SHOW;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null && checkedOutAt == null;
    }

    public Long getId() {
        return id;
    }

    public Shift getShift() {
        return shift;
    }

    public Account getVolunteer() {
        return volunteer;
    }

    public UUID getClientId() {
        return clientId;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public long getQueueNumber() {
        return queueNumber;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public int getCreditedMinutes() {
        return creditedMinutes;
    }
}
