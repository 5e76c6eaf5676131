package org.sanling.volunteer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.account.Account;
import org.sanling.area.Area;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A volunteer campaign in an area, with its shifts. Changes of its places go through
 * {@link ShiftPlaces}; everything else through {@link CampaignService}.
 */
@Entity
@SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
public class Campaign implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private CampaignCategory category;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Column(name = "area_path", nullable = false, length = 200)
    private String areaPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_skill", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "skill", length = 20, nullable = false)
    private Set<String> skills = new TreeSet<>();

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt, id")
    private List<Shift> shifts = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    Campaign(Account createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = CampaignStatus.DRAFT;
    }

    void describe(String newTitle, String newDescription, CampaignCategory newCategory, Area newArea,
                  Set<String> newSkills, Instant now) {
        this.title = newTitle;
        this.description = newDescription == null ? "" : newDescription;
        this.category = newCategory;
        this.area = newArea;
        this.areaPath = newArea.getPath();
        this.skills = new TreeSet<>(newSkills);
        this.updatedAt = now;
    }

    Shift addShift(ShiftPlan plan) {
        Shift shift = new Shift(this, plan);
        shifts.add(shift);
        return shift;
    }

    /** Drops a shift nobody could have signed up for yet (the campaign is a draft). */
    void removeShift(Shift shift) {
        shifts.remove(shift);
    }

    /** Sets the span from the shifts still on; call after changing them. A campaign without one keeps its span. */
    void recomputeSpan() {
        List<Shift> on = activeShifts();
        if (!on.isEmpty()) {
            startsAt = on.stream().map(Shift::getStartsAt).min(Instant::compareTo).orElseThrow();
            endsAt = on.stream().map(Shift::getEndsAt).max(Instant::compareTo).orElseThrow();
        }
    }

    void moveTo(CampaignStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public Optional<Shift> shift(long shiftId) {
        return shifts.stream().filter(s -> s.getId() == shiftId).findFirst();
    }

    /** The shifts that still take place: not cancelled. */
    public List<Shift> activeShifts() {
        return shifts.stream().filter(s -> !s.isCancelled()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CampaignCategory getCategory() {
        return category;
    }

    public Area getArea() {
        return area;
    }

    public String getAreaPath() {
        return areaPath;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }

    public List<Shift> getShifts() {
        return List.copyOf(shifts);
    }
}
