package org.sanling.volunteer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.Account;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.notification.NotificationKind;
import org.sanling.platform.OutOfScopeException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Signing up for shifts and leaving them, by volunteers themselves or by their leaders; rosters and a
 * volunteer's own shifts and hours. Thread-safe (a stateless bean); places change only through
 * {@link ShiftPlaces} under the shift's lock.
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class SignupService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AccountService accounts;

    @Inject
    private ShiftPlaces places;

    @Inject
    private SignupQueue queue;

    @Inject
    private Clock clock;

    /**
     * Whether the caller may sign up for the shift now, as {@link #signUp} would let them (short of a place
     * already held, which the caller's sheet knows): a volunteer, the shift open and not started.
     */
    public boolean maySignUp(Shift shift) {
        return currentCaller.get().has(Role.VOLUNTEER) && shift.isOpenForSignUp() && !shift.hasStartedAt(clock.instant());
    }

    /**
     * Signs the caller up for a shift: confirmed while places are free, waitlisted after. The same
     * client UUID again answers with the first sign-up, whatever happened since.
     *
     * @throws NotOpenForSignupException  if the campaign is not published or the shift was cancelled
     * @throws ShiftStartedException      if the shift has started
     * @throws AlreadySignedUpException   if the caller already holds or waits for a place on it
     * @throws OverlappingShiftException  if the caller holds another shift at the same time
     */
    @RolesAllowed(Role.VOLUNTEER_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignedUp signUp(long shiftId, @NotNull(message = "{signup.clientId.required}") UUID clientId) {
        Account me = accounts.me();
        Shift shift = em.createQuery("select s from Shift s join fetch s.campaign where s.id = :id", Shift.class)
                .setParameter("id", shiftId)
                .getResultStream().findFirst()
                .filter(s -> CampaignAccess.canSee(currentCaller.get(), s.getCampaign()))
                .orElseThrow(() -> new ShiftNotFoundException(shiftId));
        if (shift.getCampaign().getStatus() != CampaignStatus.PUBLISHED) {
            throw new NotOpenForSignupException(shift.getCampaign().getTitle()); // fails fast; the queue checks again
        }
        return queue.take(shiftId, new ShiftSignups.Request(me.getId(), me.getUsername(), clientId));
    }

    /**
     * Ends a sign-up: the volunteer cancels their own before the shift starts; a leader of the campaign
     * removes anyone until the shift ends (the volunteer is notified). The freed place goes to the first
     * waiting volunteer. Ending an ended sign-up changes nothing.
     */
    public Signup cancel(long signupId) {
        Shift shift = places.lock(shiftOf(signupId));
        Signup signup = em.find(Signup.class, signupId);
        Caller caller = currentCaller.get();
        boolean own = signup.getVolunteer().getUsername().equals(caller.username());
        boolean leads = CampaignAccess.manages(caller, shift.getCampaign());
        if (!own && !leads) {
            throw new SignupNotFoundException(signupId);
        }
        if (!signup.getStatus().isActive()) {
            return signup;
        }
        Instant now = clock.instant();
        Instant closes = leads ? shift.getEndsAt() : shift.getStartsAt();
        if (!now.isBefore(closes)) {
            throw new ShiftStartedException(shift.getCampaign().getTitle());
        }
        places.release(shift, signup, own ? SignupStatus.CANCELLED : SignupStatus.REMOVED, now);
        if (!own) {
            places.notifyAbout(signup.getVolunteer(), NotificationKind.REMOVED, shift);
        }
        return signup;
    }

    /**
     * A leader puts a volunteer on a shift with a free place; the volunteer is notified.
     *
     * @throws NotAVolunteerException if no volunteer has that username
     * @throws ShiftFullException     if no place is free
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Signup assign(long shiftId, String username) {
        Shift shift = places.lock(shiftId);
        Campaign campaign = leading(shift);
        Instant now = clock.instant();
        places.requireOpen(shift, now);
        Account volunteer = em.createQuery("select a from Account a where a.username = :u and :volunteer member of a.roles",
                        Account.class)
                .setParameter("u", username == null ? "" : username.strip())
                .setParameter("volunteer", Role.VOLUNTEER)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotAVolunteerException(username == null ? "" : username));
        places.requireFree(shift, volunteer);
        if (!shift.hasFreePlace()) {
            throw new ShiftFullException(shift.getCapacity());
        }
        Signup signup = places.enrol(shift, volunteer, UUID.randomUUID(), currentCaller.get().username(), true, now);
        places.notifyAbout(volunteer, NotificationKind.ASSIGNED, shift);
        return signup;
    }

    /** Who holds and who waits for the shift's places, for a leader of its campaign. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Roster roster(long shiftId) {
        Shift shift = em.find(Shift.class, shiftId);
        if (shift == null) {
            throw new ShiftNotFoundException(shiftId);
        }
        leading(shift);
        List<Signup> all = em.createQuery("""
                        select s from Signup s join fetch s.volunteer
                        where s.shift = :shift and (s.status in :active or s.attendance is not null)
                        order by s.queueNumber""", Signup.class)
                .setParameter("shift", shift)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultList();
        return new Roster(shift,
                all.stream().filter(s -> s.getStatus() == SignupStatus.CONFIRMED).toList(),
                all.stream().filter(s -> s.getStatus() == SignupStatus.WAITLISTED).toList());
    }

    /** The caller's sign-ups still on (confirmed or waitlisted) for the shifts of one campaign, by shift id. */
    public Map<Long, SignedUp> myPlaces(long campaignId) {
        return em.createQuery("""
                        select s from Signup s
                        where s.shift.campaign.id = :campaign and s.volunteer.username = :me and s.status in :active""", Signup.class)
                .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                .setParameter("campaign", campaignId)
                .setParameter("me", currentCaller.get().username())
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultStream()
                .map(s -> new SignedUp(s, places.position(s), false))
                .collect(Collectors.toMap(s -> s.signup().getShift().getId(), Function.identity()));
    }

    /** The caller's shifts still on and their history, with the waitlist position of those waiting. */
    public MyShifts mine() {
        Instant now = clock.instant();
        List<SignedUp> all = em.createQuery("""
                        select s from Signup s
                        where s.volunteer.username = :me order by s.shift.startsAt desc, s.id desc""", Signup.class)
                .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                .setParameter("me", currentCaller.get().username())
                .setMaxResults(500)
                .getResultStream()
                .map(s -> new SignedUp(s, places.position(s), false))
                .toList();
        Predicate<SignedUp> on = s -> s.signup().getStatus().isActive() && s.signup().getShift().getEndsAt().isAfter(now);
        List<SignedUp> upcoming = new ArrayList<>(all.stream().filter(on).toList());
        Collections.reverse(upcoming);
        return new MyShifts(upcoming, all.stream().filter(on.negate()).toList());
    }

    /** The caller's service time and person-times in the given year (Asia/Shanghai) and in all. */
    public ServiceRecord myRecord(int year) {
        return recordOf(currentCaller.get().username(), year);
    }

    private ServiceRecord recordOf(String username, int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
        Object[] inYear = totals(username, from, to);
        Object[] inAll = totals(username, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"));
        return new ServiceRecord(year, (Long) inYear[0], (Long) inYear[1], (Long) inAll[0], (Long) inAll[1]);
    }

    private Object[] totals(String username, Instant from, Instant to) {
        return em.createQuery("""
                        select coalesce(sum(s.creditedMinutes), 0), count(s) from Signup s
                        where s.volunteer.username = :who and s.attendance = :attended
                          and s.shift.startsAt >= :from and s.shift.startsAt < :to""", Object[].class)
                .setParameter("who", username)
                .setParameter("attended", Attendance.ATTENDED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    private Campaign leading(Shift shift) {
        Campaign campaign = shift.getCampaign();
        Caller caller = currentCaller.get();
        if (!CampaignAccess.canSee(caller, campaign)) {
            throw new ShiftNotFoundException(shift.getId());
        }
        if (!CampaignAccess.manages(caller, campaign)) {
            throw new OutOfScopeException();
        }
        return campaign;
    }

    private long shiftOf(long signupId) {
        return em.createQuery("select s.shift.id from Signup s where s.id = :id", Long.class)
                .setParameter("id", signupId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new SignupNotFoundException(signupId));
    }
}
