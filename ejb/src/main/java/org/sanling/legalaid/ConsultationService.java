package org.sanling.legalaid;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.Account;
import org.sanling.account.AccountService;
import org.sanling.platform.Role;
import org.sanling.platform.OutOfScopeException;
import org.sanling.supervision.ConsentRequiredException;
import org.sanling.supervision.NewSubmission;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.Urgency;
import org.sanling.volunteer.SignupStatus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The consultation log of events: staff signed up for the event (and its leaders) log consultations,
 * idempotently by client UUID; a referral files a dispute submission in the event's area first, so a
 * retry after any failure finds both again instead of filing twice. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ConsultationService {

    /** Logging opens this long before the event starts ... */
    static final Duration OPENS_BEFORE = Duration.ofHours(1);
    /** ... and stays open this long after it ends, for what was noted on paper or queued offline. */
    static final Duration CLOSES_AFTER = Duration.ofHours(48);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private LegalAidService events;

    @Inject
    private SubmissionService submissions;

    @Inject
    private ConsultationIntake intake;

    @Inject
    private Clock clock;

    /**
     * Logs a consultation, or answers the one logged before with the same client UUID. A referral
     * also files a dispute submission (矛盾纠纷) in the event's area, linked to the consultation.
     *
     * @throws OutOfScopeException      if the caller is neither confirmed staff of the event nor its leader
     * @throws LoggingClosedException   outside the event's time (or the event was cancelled)
     * @throws TopicNotFoundException   if the topic is not one of the event's (field {@code topic})
     * @throws ConsentRequiredException if a name or phone is given without consent
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Logged log(long eventId, @NotNull @Valid NewConsultation logged) {
        LegalAidEvent event = events.get(eventId);
        Account me = accounts.me();
        var earlier = intake.earlier(me, logged.clientId());
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), false);
        }
        Instant now = clock.instant();
        boolean open = !now.isBefore(event.getStartsAt().minus(OPENS_BEFORE)) && now.isBefore(event.getEndsAt().plus(CLOSES_AFTER));
        if (!open || event.isCancelled()) {
            throw new LoggingClosedException(event.getTitle());
        }
        if (!mayLog(event, me)) {
            throw new OutOfScopeException();
        }
        LegalTopic topic = LegalAidService.topic(logged.topic(), event.getTopics(), "topic");
        boolean citizenGiven = !isBlank(logged.citizenName()) || !isBlank(logged.citizenPhone());
        if (citizenGiven && !logged.citizenConsent()) {
            throw new ConsentRequiredException();
        }
        Long submissionId = logged.outcome() == Outcome.REFERRED ? refer(event, topic, logged, now) : null;
        return intake.record(eventId, me.getId(), logged, topic.getId(), submissionId);
    }

    /** Whether the caller may log the event's consultations: its leaders and its confirmed staff. */
    public boolean mayLog(long eventId) {
        return mayLog(events.get(eventId), accounts.me());
    }

    /** The ids of those events whose consultations the caller may log, for a list: one query for all. */
    public Set<Long> loggable(Collection<LegalAidEvent> listed) {
        return loggable(listed, accounts.me());
    }

    /** The consultations the caller logged at the event, newest first (booth mode's running list). */
    public List<Consultation> mine(long eventId) {
        return em.createQuery("""
                        select c from Consultation c where c.event.id = :event and c.loggedBy.username = :me
                        order by c.createdAt desc, c.id desc""", Consultation.class)
                .setParameter("event", eventId)
                .setParameter("me", accounts.me().getUsername())
                .getResultList();
    }

    /** Files the referral's dispute submission. */
    private long refer(LegalAidEvent event, LegalTopic topic, NewConsultation logged, Instant now) {
        return submissions.file(referral(event, topic, logged, now)).submission().getId();
    }

    /**
     * The dispute submission (矛盾纠纷) a referred consultation becomes, in the event's area, with a client
     * UUID derived from the consultation's, so a retry finds it.
     */
    static NewSubmission referral(LegalAidEvent event, LegalTopic topic, NewConsultation logged, Instant now) {
        UUID clientId = UUID.nameUUIDFromBytes(("consultation/" + logged.clientId()).getBytes(StandardCharsets.UTF_8));
        String summary = isBlank(logged.summary()) ? topic.getName() : logged.summary().strip();
        String title = "法律咨询转办：" + summary;
        String content = summary + "\n（" + event.getTitle() + "，" + event.getPlace() + "，" + topic.getName() + "）";
        return new NewSubmission(clientId, SubmissionType.DISPUTE, ReferralCategory.of(topic),
                event.getArea().getCode(), event.getPlace(), title.length() > 120 ? title.substring(0, 120) : title, content,
                Urgency.NORMAL, SanlingDimension.NONE, now, logged.citizenName(), logged.citizenPhone(),
                logged.citizenConsent());
    }

    private boolean mayLog(LegalAidEvent event, Account me) {
        return loggable(List.of(event), me).contains(event.getId());
    }

    private Set<Long> loggable(Collection<LegalAidEvent> listed, Account me) {
        Set<Long> loggable = listed.stream().filter(events::manages).map(LegalAidEvent::getId)
                .collect(Collectors.toCollection(HashSet::new));
        List<Long> campaigns = listed.stream().filter(e -> !loggable.contains(e.getId()))
                .map(e -> e.getCampaign().getId()).toList();
        if (!campaigns.isEmpty()) {
            Set<Long> staffed = new HashSet<>(em.createQuery("""
                            select distinct s.shift.campaign.id from Signup s
                            where s.shift.campaign.id in :campaigns and s.volunteer = :me and s.status = :confirmed""", Long.class)
                    .setParameter("campaigns", campaigns)
                    .setParameter("me", me)
                    .setParameter("confirmed", SignupStatus.CONFIRMED)
                    .getResultList());
            listed.stream().filter(e -> staffed.contains(e.getCampaign().getId())).forEach(e -> loggable.add(e.getId()));
        }
        return loggable;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The event each of the consultations was logged at, by consultation id: where a consultation found by search
     * leads. Ids that do not exist are left out.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Map<Long, Long> eventsOf(Collection<Long> consultationIds) {
        if (consultationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.id, c.event.id from Consultation c where c.id in :ids", Object[].class)
                .setParameter("ids", consultationIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
