package org.sanling.volunteer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.account.Qualification;
import org.sanling.account.Skills;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One shift (班次) of a campaign and the count of its places. The counts change only under the shift's
 * row lock, through {@link ShiftPlaces}, so they are exact and never exceed the capacity.
 */
@Entity
@SequenceGenerator(name = "shift_seq", sequenceName = "shift_seq", allocationSize = 50)
public class Shift implements Serializable {

    /** How early before the start a volunteer may check in with the code. */
    public static final Duration EARLY_CHECK_IN = Duration.ofMinutes(30);

    private static final SecureRandom CODES = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shift_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @Column(name = "waitlisted_count", nullable = false)
    private int waitlistedCount;

    @Column(name = "next_queue_number", nullable = false)
    private long nextQueueNumber = 1;

    @Column(name = "check_code", nullable = false, length = 6)
    private String checkCode;

    @Column(nullable = false)
    private boolean cancelled;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Qualification qualification;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shift_skill", joinColumns = @JoinColumn(name = "shift_id"))
    @Column(name = "skill", length = 20, nullable = false)
    private Set<String> skills = new TreeSet<>();

    @Version
    private long version;

    protected Shift() {
        // for JPA
    }

    Shift(Campaign campaign, ShiftPlan plan) {
        this.campaign = campaign;
        this.checkCode = String.format("%06d", CODES.nextInt(1_000_000));
        replan(plan);
    }

    void replan(ShiftPlan plan) {
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = plan.place().strip();
        this.capacity = plan.capacity();
        this.skills = new TreeSet<>(Skills.normalized(plan.skills()));
        this.qualification = plan.qualification();
    }

    void cancel() {
        this.cancelled = true;
    }

    /** Takes the next place in the queue: the number that orders the waitlist. */
    long takeQueueNumber() {
        return nextQueueNumber++;
    }

    void countConfirmed(int delta) {
        confirmedCount += delta;
    }

    void countWaitlisted(int delta) {
        waitlistedCount += delta;
    }

    public boolean hasFreePlace() {
        return confirmedCount < capacity;
    }

    public int freePlaces() {
        return Math.max(0, capacity - confirmedCount);
    }

    /** Whether the two time windows share a moment (touching ends do not overlap). */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    /** Whether the shift takes sign-ups at all: its campaign is published and the shift not cancelled. */
    public boolean isOpenForSignUp() {
        return campaign.getStatus() == CampaignStatus.PUBLISHED && !isCancelled();
    }

    /** Whether the shift has started at {@code now}; sign-ups end then. */
    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Whether a volunteer may check in at {@code at}: from shortly before the start to the end. */
    public boolean acceptsCheckInAt(Instant at) {
        return !at.isBefore(checkInOpensAt()) && at.isBefore(endsAt);
    }

    /** When checking in opens: {@link #EARLY_CHECK_IN} before the start. */
    public Instant checkInOpensAt() {
        return startsAt.minus(EARLY_CHECK_IN);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public int getWaitlistedCount() {
        return waitlistedCount;
    }

    public String getCheckCode() {
        return checkCode;
    }

    /** The qualification its places need, or null when anyone may take them. */
    public Qualification getQualification() {
        return qualification;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }
}
