package org.sanling.volunteer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The places of a shift. Every change of who holds or waits for a place happens here, in the caller's
 * transaction, after {@link #lock} has taken the shift's row lock: concurrent sign-ups and cancellations
 * of one shift queue on that lock, so the counts stay exact and never exceed the capacity, on H2 and
 * PostgreSQL alike. The waitlist is served in queue-number order; a waiting volunteer who meanwhile
 * holds another shift at the same time is passed over (and keeps their place in the queue).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ShiftPlaces {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
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

    /** The volunteer's active sign-up for the shift, if any. */
    public Optional<Signup> activeSignup(Shift shift, Account volunteer) {
        return em.createQuery("select s from Signup s where s.shift = :shift and s.volunteer = :v and s.status in :active",
                        Signup.class)
                .setParameter("shift", shift)
                .setParameter("v", volunteer)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultStream().findFirst();
    }

    /** A confirmed place of the volunteer on another shift at the same time, if any. */
    public Optional<Signup> overlapping(Account volunteer, Shift shift) {
        return em.createQuery("""
                        select s from Signup s
                        where s.volunteer = :v and s.status = :confirmed and s.shift.cancelled = false
                          and s.shift.id <> :shift and s.shift.startsAt < :end and s.shift.endsAt > :start""", Signup.class)
                .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                .setParameter("v", volunteer)
                .setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("shift", shift.getId())
                .setParameter("start", shift.getStartsAt())
                .setParameter("end", shift.getEndsAt())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Refuses when the volunteer already has a place (or waits) on the shift, or holds another shift at that time. */
    public void requireFree(Shift shift, Account volunteer) {
        if (activeSignup(shift, volunteer).isPresent()) {
            throw new AlreadySignedUpException(shift.getCampaign().getTitle());
        }
        overlapping(volunteer, shift).ifPresent(other -> {
            throw new OverlappingShiftException(other.getShift().getCampaign().getTitle(), window(other.getShift()));
        });
    }

    /** Gives the volunteer the shift's next place: confirmed while places are free, waitlisted after. */
    public Signup enrol(Shift shift, Account volunteer, UUID clientId, String assignedBy, Instant now) {
        boolean confirmed = shift.hasFreePlace();
        Signup signup = new Signup(shift, volunteer, clientId, shift.takeQueueNumber(), confirmed, assignedBy, now);
        if (confirmed) {
            shift.countConfirmed(1);
        } else {
            shift.countWaitlisted(1);
        }
        em.persist(signup);
        em.flush();
        audit.record(confirmed ? "SIGNUP_CONFIRMED" : "SIGNUP_WAITLISTED", "signup", signup.getId(),
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
        for (Signup next : waiting) {
            if (!shift.hasFreePlace()) {
                return;
            }
            if (overlapping(next.getVolunteer(), shift).isEmpty()) {
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
