package org.sanling.dispute;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.legalaid.Consultation;
import org.sanling.supervision.Submission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dispute and where it stands. It changes only through {@link #apply}, after {@link DisputeWorkflow} allowed the
 * step, so status, mediator, sessions, agreement, referral, follow-up date and timeline always agree.
 */
@Entity
@SequenceGenerator(name = "dispute_seq", sequenceName = "dispute_seq", allocationSize = 50)
public class Dispute {

    /** The return visit is due this long after the dispute was resolved or referred. */
    public static final Duration FOLLOW_UP_AFTER = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String number;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "filed_by_id", nullable = false, updatable = false)
    private Account filedBy;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false, updatable = false)
    private Area area;

    @Column(name = "area_path", nullable = false, length = 200, updatable = false)
    private String areaPath;

    @Column(nullable = false, length = 120, updatable = false)
    private String title;

    @Column(nullable = false, length = 8000, updatable = false)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kind_id", nullable = false, updatable = false)
    private DisputeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10, updatable = false)
    private RiskLevel riskLevel;

    @Column(name = "risk_reasons", length = 1000, updatable = false)
    private String riskReasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DisputeSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id", updatable = false)
    private Submission submission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consultation_id", updatable = false)
    private Consultation consultation;

    @Column(name = "patrol_id", updatable = false)
    private Long patrolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mediator_id")
    private Account mediator;

    @Column(length = 8000)
    private String agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "referred_to", length = 20)
    private ReferralTarget referredTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "follow_up_due")
    private Instant followUpDue;

    @Column(name = "follow_up_reminded_at", insertable = false, updatable = false)
    private Instant followUpRemindedAt;

    @Column(name = "escalated_at", insertable = false, updatable = false)
    private Instant escalatedAt;

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<DisputeParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("heldAt, id")
    private List<MediationSession> sessions = new ArrayList<>();

    @OneToMany(mappedBy = "dispute", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<DisputeStep> timeline = new ArrayList<>();

    @Version
    private long version;

    protected Dispute() {
        // for JPA
    }

    /** A screened dispute; its source record, if any, is linked with {@link #cameFrom}. */
    Dispute(String number, Account filedBy, NewDispute filed, DisputeKind kind, Area area, Instant now) {
        this.number = number;
        this.clientId = filed.clientId();
        this.filedBy = filedBy;
        this.area = area;
        this.areaPath = area.getPath();
        this.title = filed.title().strip();
        this.description = filed.description().strip();
        this.kind = kind;
        this.riskLevel = filed.riskLevel();
        this.riskReasons = blankToNull(filed.riskReasons());
        this.source = filed.sourceOrScreening();
        this.status = DisputeStatus.SCREENED;
        this.createdAt = now;
        this.updatedAt = now;
        int position = 0;
        for (NewParty party : filed.partiesOrNone()) {
            parties.add(new DisputeParty(this, ++position, party));
        }
        timeline.add(new DisputeStep(this, now, filedBy.getUsername(), "FILE", status, riskReasons));
    }

    /** Links the dispute to the submission, consultation or patrol it came from (at most one; none when screened). */
    void cameFrom(Submission fromSubmission, Consultation fromConsultation, Long fromPatrolId) {
        this.submission = fromSubmission;
        this.consultation = fromConsultation;
        this.patrolId = fromPatrolId;
    }

    /**
     * Records an allowed step: the new status and what the step carries (a mediator, a session, the agreement, the
     * referral), the follow-up date when the dispute was resolved or referred, and the timeline step.
     */
    void apply(DisputeAction action, Account newMediator, MediationSession session, String newAgreement,
               ReferralTarget target, String actor, String note, Instant now) {
        DisputeStatus next = DisputeWorkflow.next(action);
        switch (action) {
            case ASSIGN -> this.mediator = newMediator;
            case MEDIATE -> sessions.add(session);
            case RESOLVE -> {
                this.agreement = newAgreement.strip();
                this.resolvedAt = now;
            }
            case REFER -> this.referredTo = target;
            default -> {
                // the status and the timeline say it all
            }
        }
        if (next.awaitsFollowUp()) {
            this.followUpDue = now.plus(FOLLOW_UP_AFTER);
        }
        this.status = next;
        this.updatedAt = now;
        timeline.add(new DisputeStep(this, now, actor, action.name(), next, note));
    }

    /** Records on the timeline what a job did (a reminder, an escalation) without changing the state. */
    void note(String actor, String what, String note, Instant now) {
        timeline.add(new DisputeStep(this, now, actor, what, status, note));
    }

    /**
     * Loads what a detail shows (filer, parties, sessions, timeline) while the transaction is open, so that callers
     * may use it after; three lists cannot be fetched in one query.
     */
    void loadDetails() {
        filedBy.getUsername();
        parties.size();
        sessions.size();
        timeline.size();
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

    public Account getFiledBy() {
        return filedBy;
    }

    public Area getArea() {
        return area;
    }

    public String getAreaPath() {
        return areaPath;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DisputeKind getKind() {
        return kind;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    /** Why the risk level was chosen, or null. */
    public String getRiskReasons() {
        return riskReasons;
    }

    public DisputeSource getSource() {
        return source;
    }

    /** The id of the submission, consultation or patrol it came from; null when screened. */
    public Long getSourceId() {
        return switch (source) {
            case SUBMISSION -> submission.getId();
            case CONSULTATION -> consultation.getId();
            case PATROL -> patrolId;
            case SCREENING -> null;
        };
    }

    public DisputeStatus getStatus() {
        return status;
    }

    /** The mediator named by the last ASSIGN, or null. */
    public Account getMediator() {
        return mediator;
    }

    /** The mediation agreement (调解协议), or null before it was resolved. */
    public String getAgreement() {
        return agreement;
    }

    /** Where it was referred, or null. */
    public ReferralTarget getReferredTo() {
        return referredTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** When the return visit is due: 30 days after it was resolved or referred; null before. */
    public Instant getFollowUpDue() {
        return followUpDue;
    }

    /** When its mediator was reminded of the return visit, or null. */
    public Instant getFollowUpRemindedAt() {
        return followUpRemindedAt;
    }

    /** When, high-risk and open too long, it went to its street's leaders, or null. */
    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public List<DisputeParty> getParties() {
        return List.copyOf(parties);
    }

    public List<MediationSession> getSessions() {
        return List.copyOf(sessions);
    }

    public List<DisputeStep> getTimeline() {
        return List.copyOf(timeline);
    }

    public long getVersion() {
        return version;
    }
}
