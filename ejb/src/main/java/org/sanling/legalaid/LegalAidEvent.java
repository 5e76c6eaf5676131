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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A legal-aid event: where and when, the topics it covers, and its staffing campaign, whose shifts are
 * its lawyer, mediator and volunteer places. Cancelled when its campaign is.
 */
@Entity
@Table(name = "legal_aid_event")
@SequenceGenerator(name = "legal_aid_event_seq", sequenceName = "legal_aid_event_seq", allocationSize = 50)
public class LegalAidEvent implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_aid_event_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(nullable = false, length = 200)
    private String place;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Column(name = "area_path", nullable = false, length = 200)
    private String areaPath;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "legal_aid_event_topic", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("position")
    private Set<LegalTopic> topics = new LinkedHashSet<>();

    @Column(name = "people_reached")
    private Integer peopleReached;

    @Column(name = "materials_handed_out")
    private Integer materialsHandedOut;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected LegalAidEvent() {
        // for JPA
    }

    LegalAidEvent(EventKind kind, String title, String place, Area area, Instant startsAt, Instant endsAt,
                  List<LegalTopic> topics, Campaign campaign, Account createdBy, Instant now) {
        this.kind = kind;
        this.title = title;
        this.place = place;
        this.area = area;
        this.areaPath = area.getPath();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.topics = new LinkedHashSet<>(topics);
        this.campaign = campaign;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void recordTurnout(int people, int materials) {
        this.peopleReached = people;
        this.materialsHandedOut = materials;
    }

    public boolean isCancelled() {
        return campaign.getStatus() == CampaignStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public Area getArea() {
        return area;
    }

    public String getAreaPath() {
        return areaPath;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public List<LegalTopic> getTopics() {
        return List.copyOf(topics);
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public Integer getMaterialsHandedOut() {
        return materialsHandedOut;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
