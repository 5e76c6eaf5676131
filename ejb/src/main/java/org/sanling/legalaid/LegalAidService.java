package org.sanling.legalaid;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;
import org.sanling.platform.OutOfScopeException;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignPlan;
import org.sanling.volunteer.CampaignService;
import org.sanling.volunteer.InvalidShiftException;
import org.sanling.volunteer.ShiftPlan;
import org.sanling.volunteer.ShiftWindow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Legal-aid events: leaders schedule, cancel and report on them; everybody sees the upcoming ones
 * (also without logging in, for the public calendar). An event's staffing is a published volunteer
 * campaign with one shift per role, created with the event. Every event it returns comes with that staffing
 * loaded (its campaign's shifts), so that callers outside its transaction can show it. Thread-safe (a stateless
 * bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class LegalAidService {

    /**
     * The campaign category of events' staffing campaigns: 普法, seeded by V5__volunteering.sql with this id.
     * By id, so that admins may rename it.
     */
    static final long STAFFING_CATEGORY = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AccountService accounts;

    @Inject
    private CampaignService campaigns;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Schedules an event in the caller's area (or an area inside it) and opens its places for sign-up.
     *
     * @throws InvalidShiftException   if it ends before it starts, lasts over a day or starts in the past
     * @throws TopicNotFoundException  if a topic is not an active one
     * @throws OutOfScopeException     if the area is outside the caller's
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public LegalAidEvent schedule(@NotNull @Valid NewEvent event) {
        Instant now = clock.instant();
        ShiftWindow.check(event.startsAt(), event.endsAt(), true, now, "");
        List<LegalTopic> topics = event.topics().stream().map(t -> topic(t, topics(), "topics")).distinct().toList();
        Map<StaffRole, Integer> places = new EnumMap<>(StaffRole.class);
        event.slots().forEach(slot -> places.merge(slot.role(), slot.count(), Integer::sum));
        List<ShiftPlan> shifts = places.entrySet().stream()
                .map(slot -> new ShiftPlan(null, event.startsAt(), event.endsAt(), event.place(), slot.getValue(), List.of(),
                        slot.getKey().qualification()))
                .toList();
        String description = topics.stream().map(LegalTopic::getName).collect(Collectors.joining("、"));
        Campaign staffing = campaigns.create(new CampaignPlan(event.title(), description, String.valueOf(STAFFING_CATEGORY), event.areaCode(),
                List.of(), shifts));
        campaigns.publish(staffing.getId());
        LegalAidEvent scheduled = new LegalAidEvent(event.kind(), event.title().strip(), event.place().strip(),
                staffing.getArea(), event.startsAt(), event.endsAt(), topics, em.find(Campaign.class, staffing.getId()),
                accounts.me(), now);
        em.persist(scheduled);
        em.flush();
        audit.record("LEGAL_AID_EVENT_SCHEDULED", "legal-aid-event", scheduled.getId(), scheduled.getKind() + " " + scheduled.getTitle());
        return withStaffing(scheduled);
    }

    /** An event; events are public, so everybody logged in sees any. */
    public LegalAidEvent get(long id) {
        LegalAidEvent event = em.find(LegalAidEvent.class, id);
        if (event == null) {
            throw new EventNotFoundException(id);
        }
        return withStaffing(event);
    }

    /** Events overlapping [from, to), in an area's subtree if one is given, soonest first (at most 500). */
    public List<LegalAidEvent> list(Instant from, Instant to, String areaPath) {
        return withStaffing(em.createQuery("""
                        select e from LegalAidEvent e
                        where e.endsAt > :from and e.startsAt < :to and e.areaPath like :area order by e.startsAt, e.id""",
                        LegalAidEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("area", (areaPath == null ? "" : areaPath) + "%")
                .setMaxResults(500)
                .getResultList());
    }

    /** Events still to come or going on, not cancelled, starting before {@code to}: the public calendar. */
    @PermitAll
    public List<LegalAidEvent> upcoming(Instant to) {
        return list(clock.instant(), to, null).stream().filter(e -> !e.isCancelled()).toList();
    }

    /** Whether the caller leads the event's area (and so manages it and reads its report). */
    public boolean manages(LegalAidEvent event) {
        Caller caller = currentCaller.get();
        return caller.leads(event.getAreaPath());
    }

    /** Cancels the event: its staff are notified (through its campaign). */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public LegalAidEvent cancel(long id) {
        LegalAidEvent event = managed(id);
        campaigns.cancel(event.getCampaign().getId()); // the same campaign instance: the event reads as cancelled
        audit.record("LEGAL_AID_EVENT_CANCELLED", "legal-aid-event", id, event.getTitle());
        return event;
    }

    /** The leader enters, after the event, how many people it reached and how many materials were handed out. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public LegalAidEvent recordTurnout(long id,
                                       @Min(value = 0, message = "{legalAid.turnout.range}") @Max(value = 100000, message = "{legalAid.turnout.range}") int peopleReached,
                                       @Min(value = 0, message = "{legalAid.turnout.range}") @Max(value = 100000, message = "{legalAid.turnout.range}") int materialsHandedOut) {
        LegalAidEvent event = managed(id);
        event.recordTurnout(peopleReached, materialsHandedOut);
        audit.record("LEGAL_AID_TURNOUT", "legal-aid-event", id, peopleReached + " people, " + materialsHandedOut + " materials");
        return event;
    }

    /** The event's figures for its leaders: consultations by topic and outcome, referrals as they stand. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public EventReport report(long id) {
        LegalAidEvent event = managed(id);
        List<Consultation> consultations = em.createQuery("""
                        select c from Consultation c left join fetch c.submission
                        where c.event = :event order by c.createdAt, c.id""", Consultation.class)
                .setParameter("event", event)
                .getResultList();
        Map<LegalTopic, long[]> counts = new LinkedHashMap<>();
        List<EventReport.Referral> referrals = new ArrayList<>();
        for (Consultation c : consultations) {
            counts.computeIfAbsent(c.getTopic(), t -> new long[2])[c.getOutcome() == Outcome.ANSWERED ? 0 : 1]++;
            if (c.getSubmission() != null) {
                referrals.add(new EventReport.Referral(c.getId(), c.getTopic(), c.getSummary(), c.getSubmission().getId(),
                        c.getSubmission().getNumber(), c.getSubmission().getStatus()));
            }
        }
        return new EventReport(event, consultations.size(),
                counts.entrySet().stream().map(e -> new EventReport.TopicCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                referrals);
    }

    /** The active topics, in their order. */
    @PermitAll
    public List<LegalTopic> topics() {
        return em.createQuery("select t from LegalTopic t where t.active = true order by t.position, t.id", LegalTopic.class)
                .getResultList();
    }

    /** The topic among {@code choices} with that id or name. */
    static LegalTopic topic(String idOrName, List<LegalTopic> choices, String field) {
        String key = Objects.requireNonNullElse(idOrName, "").strip();
        return choices.stream()
                .filter(t -> String.valueOf(t.getId()).equals(key) || t.getName().equals(key) || t.getNameEn().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new TopicNotFoundException(field, key));
    }

    private LegalAidEvent withStaffing(LegalAidEvent event) {
        withStaffing(List.of(event));
        return event;
    }

    /** Loads the shifts of the events' campaigns, in one query: the lazy part of an event's staffing. */
    private List<LegalAidEvent> withStaffing(List<LegalAidEvent> events) {
        if (!events.isEmpty()) {
            em.createQuery("select distinct c from Campaign c left join fetch c.shifts where c in :campaigns", Campaign.class)
                    .setParameter("campaigns", events.stream().map(LegalAidEvent::getCampaign).toList())
                    .getResultList();
        }
        return events;
    }

    private LegalAidEvent managed(long id) {
        LegalAidEvent event = get(id);
        if (!manages(event)) {
            throw new OutOfScopeException();
        }
        return event;
    }
}
