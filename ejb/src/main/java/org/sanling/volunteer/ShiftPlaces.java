package org.sanling.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.audit.AuditService;
import org.sanling.notification.NotificationKind;
import org.sanling.notification.NotificationService;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The places of a shift. Every change of who holds or waits for a place happens here, in the caller's
 * transaction, after {@link #lock} has taken the shift's row lock: concurrent sign-ups and cancellations
 * of one shift queue on that lock, so the counts stay exact and never exceed the capacity, on H2 and
 * PostgreSQL alike. The waitlist is served in queue-number order; a waiting volunteer who meanwhile
 * holds another shift at the same time is passed over (and keeps their place in the queue).
 * <p>
 * A plain CDI bean, not an EJB, on purpose: a refusal it throws must not doom the transaction of a
 * batch ({@link ShiftSignups}) in which the other sign-ups go on.
 */
@ApplicationScoped
public class ShiftPlaces {

    /** Where the portal's days begin and end. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditService audit;

    /**
     * Locks the shift's row until the transaction ends. Call it before reading the shift or its
     * sign-ups in the transaction, so that what is read afterwards is current.
     *
     * @throws ShiftNotFoundException if there is no such shift
     */
    public Shift lock(long shiftId) {
        // The row lock first, by itself, then the read: locking through em.find would, on PostgreSQL, read
        // the shift with its skills in one outer join, which cannot be locked, and lock only afterwards
        // (Hibernate's follow-on locking) - too late, the counts read may be stale by then.
        List<?> locked = em.createNativeQuery("SELECT id FROM shift WHERE id = ? FOR UPDATE")
                .setParameter(1, shiftId)
                .getResultList();
        if (locked.isEmpty()) {
            throw new ShiftNotFoundException(shiftId);
        }
        return em.find(Shift.class, shiftId);
    }

    /**
     * What stands in the way of volunteers taking a place on the shift: being on it already (confirmed
     * or waitlisted), or holding a confirmed place on another shift at the same time. Two queries for
     * any number of volunteers.
     */
    public final class Obstacles {

        private final Shift shift;
        private final Set<Long> onShift;
        private final Map<Long, Signup> elsewhere;

        private Obstacles(Shift shift, Collection<Account> volunteers) {
            this.shift = shift;
            this.onShift = new HashSet<>(em.createQuery("""
                            select s.volunteer.id from Signup s
                            where s.shift = :shift and s.status in :active and s.volunteer in :volunteers""", Long.class)
                    .setParameter("shift", shift)
                    .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                    .setParameter("volunteers", volunteers)
                    .getResultList());
            this.elsewhere = new HashMap<>();
            em.createQuery("""
                            select s from Signup s
                            where s.volunteer in :volunteers and s.status = :confirmed and s.shift.cancelled = false
                              and s.shift.id <> :shift and s.shift.startsAt < :end and s.shift.endsAt > :start""", Signup.class)
                    .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                    .setParameter("volunteers", volunteers)
                    .setParameter("confirmed", SignupStatus.CONFIRMED)
                    .setParameter("shift", shift.getId())
                    .setParameter("start", shift.getStartsAt())
                    .setParameter("end", shift.getEndsAt())
                    .getResultStream()
                    .forEach(s -> elsewhere.putIfAbsent(s.getVolunteer().getId(), s));
        }

        /** Whether the volunteer holds another shift at the same time (and so cannot be confirmed on this one). */
        public boolean busy(Account volunteer) {
            return elsewhere.containsKey(volunteer.getId());
        }

        /**
         * Refuses when the shift needs a qualification the volunteer lacks, the volunteer is on the shift
         * already, or holds another shift at that time.
         */
        public void require(Account volunteer) {
            if (shift.getQualification() != null && !volunteer.isQualifiedAs(shift.getQualification())) {
                throw new NotQualifiedException(shift.getQualification());
            }
            if (onShift.contains(volunteer.getId())) {
                throw new AlreadySignedUpException(shift.getCampaign().getTitle());
            }
            Signup other = elsewhere.get(volunteer.getId());
            if (other != null) {
                throw new OverlappingShiftException(other.getShift().getCampaign().getTitle(), window(other.getShift()));
            }
        }

        /** Notes that the volunteer is on the shift now. */
        public void taken(Account volunteer) {
            onShift.add(volunteer.getId());
        }
    }

    public Obstacles obstacles(Shift shift, Collection<Account> volunteers) {
        return new Obstacles(shift, volunteers);
    }

    /** Refuses when the volunteer is on the shift already, or holds another shift at that time. */
    public void requireFree(Shift shift, Account volunteer) {
        obstacles(shift, List.of(volunteer)).require(volunteer);
    }

    /**
     * Refuses when the shift does not take sign-ups now: the campaign is not published, the shift was
     * cancelled or has started.
     */
    public void requireOpen(Shift shift, Instant now) {
        Campaign campaign = shift.getCampaign();
        if (!shift.isOpenForSignUp()) {
            throw new NotOpenForSignupException(campaign.getTitle());
        }
        if (shift.hasStartedAt(now)) {
            throw new ShiftStartedException(campaign.getTitle());
        }
    }

    /**
     * Gives the volunteer the shift's next place: confirmed while places are free, waitlisted after.
     *
     * @param actor who does it, for the audit trail: the volunteer, or the leader who assigns them
     */
    public Signup enrol(Shift shift, Account volunteer, UUID clientId, String actor, boolean assigned, Instant now) {
        boolean confirmed = shift.hasFreePlace();
        Signup signup = new Signup(shift, volunteer, clientId, shift.takeQueueNumber(), confirmed, assigned ? actor : null, now);
        if (confirmed) {
            shift.countConfirmed(1);
        } else {
            shift.countWaitlisted(1);
        }
        em.persist(signup); // takes its id from the sequence: no flush needed before auditing it
        audit.recordBy(actor, confirmed ? "SIGNUP_CONFIRMED" : "SIGNUP_WAITLISTED", "signup", signup.getId(),
                volunteer.getUsername() + " @ " + describe(shift));
        return signup;
    }

    /** Ends an active sign-up, and gives its place to whoever waits first. */
    public void release(Shift shift, Signup signup, SignupStatus how, Instant now) {
        if (signup.getStatus() == SignupStatus.CONFIRMED) {
            shift.countConfirmed(-1);
        } else if (signup.getStatus() == SignupStatus.WAITLISTED) {
            shift.countWaitlisted(-1);
        }
        signup.end(how, now);
        audit.record("SIGNUP_" + how, "signup", signup.getId(), signup.getVolunteer().getUsername() + " @ " + describe(shift));
        promote(shift, now);
    }

    /** Confirms waiting volunteers, first in the queue first, while places are free; each is notified. */
    public void promote(Shift shift, Instant now) {
        if (!shift.hasFreePlace() || shift.getWaitlistedCount() == 0) {
            return;
        }
        List<Signup> waiting = em.createQuery("""
                        select s from Signup s join fetch s.volunteer
                        where s.shift = :shift and s.status = :waitlisted order by s.queueNumber""", Signup.class)
                .setParameter("shift", shift)
                .setParameter("waitlisted", SignupStatus.WAITLISTED)
                .getResultList();
        Obstacles obstacles = obstacles(shift, waiting.stream().map(Signup::getVolunteer).toList());
        for (Signup next : waiting) {
            if (!shift.hasFreePlace()) {
                return;
            }
            if (!obstacles.busy(next.getVolunteer())) {
                next.confirm(now);
                shift.countWaitlisted(-1);
                shift.countConfirmed(1);
                audit.record("SIGNUP_PROMOTED", "signup", next.getId(), next.getVolunteer().getUsername() + " @ " + describe(shift));
                notifyAbout(next.getVolunteer(), NotificationKind.PROMOTED, shift);
            }
        }
    }

    /** Position in the shift's waitlist (1 = next to get a place), or 0 when not waitlisted. */
    public int position(Signup signup) {
        if (signup.getStatus() != SignupStatus.WAITLISTED) {
            return 0;
        }
        return em.createQuery("""
                        select count(s) from Signup s
                        where s.shift = :shift and s.status = :waitlisted and s.queueNumber <= :mine""", Long.class)
                .setParameter("shift", signup.getShift())
                .setParameter("waitlisted", SignupStatus.WAITLISTED)
                .setParameter("mine", signup.getQueueNumber())
                .getSingleResult().intValue();
    }

    /** The shift's active sign-ups: confirmed first, then the waitlist in its order. */
    public List<Signup> active(Shift shift) {
        return em.createQuery("""
                        select s from Signup s join fetch s.volunteer
                        where s.shift = :shift and s.status in :active order by s.status, s.queueNumber""", Signup.class)
                .setParameter("shift", shift)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultList();
    }

    public void notifyAbout(Account volunteer, NotificationKind kind, Shift shift) {
        Campaign campaign = shift.getCampaign();
        notifications.notify(volunteer, kind, campaign.getTitle(), shift.getStartsAt(),
                "/volunteer/campaign.xhtml?id=" + campaign.getId());
    }

    /** A shift's window as people read it, e.g. "2026-11-28 09:00–12:00" (Asia/Shanghai). */
    static String window(Shift shift) {
        return DAY_TIME.format(shift.getStartsAt().atZone(ZONE)) + "–" + TIME.format(shift.getEndsAt().atZone(ZONE));
    }

    private static String describe(Shift shift) {
        return shift.getCampaign().getTitle() + " " + window(shift);
    }
}
