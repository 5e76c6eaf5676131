package org.sanling.volunteer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Attendance: check-in and check-out by the volunteer with the shift's 6-digit code or by a leader of
 * the campaign, crediting the attended time clipped to the shift's window; no-shows. Both steps are
 * idempotent (a replay from an offline device changes nothing) and take the time they happened, so an
 * entry made offline counts from when it was made, not from when it arrived. Thread-safe.
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class AttendanceService {

    /** How far ahead of the server's clock a device's time may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How long after the fact an entry is still taken (a device that was offline for a while). */
    static final Duration LATE_ENTRY = Duration.ofHours(48);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Checks a confirmed volunteer in, from {@link Shift#EARLY_CHECK_IN} before the start until the end.
     *
     * @param code the shift's code; needed unless the caller leads the campaign
     * @param at   when it happened; null for now
     * @throws WrongCheckCodeException  if the code is wrong
     * @throws CheckInClosedException   if outside the window or not confirmed
     * @throws AttendanceTimeException  if {@code at} is in the future or too long ago
     */
    public Signup checkIn(long signupId, String code, Instant at) {
        Signup signup = attendable(signupId, code);
        if (signup.getCheckedInAt() != null) {
            return signup;
        }
        Instant when = when(at);
        if (!signup.acceptsCheckInAt(when)) {
            throw new CheckInClosedException(signup.getShift().getCampaign().getTitle());
        }
        signup.checkIn(when);
        audit.record("CHECKED_IN", "signup", signup.getId(), signup.getVolunteer().getUsername() + " " + when);
        return signup;
    }

    /**
     * Checks a volunteer out and credits the attended time, clipped to the shift's window.
     *
     * @throws CheckInClosedException  if the volunteer has not checked in
     * @throws AttendanceTimeException if {@code at} is before the check-in, in the future or too long ago
     */
    public Signup checkOut(long signupId, String code, Instant at) {
        Signup signup = attendable(signupId, code);
        if (signup.getCheckedOutAt() != null) {
            return signup;
        }
        Shift shift = signup.getShift();
        if (signup.getCheckedInAt() == null) {
            throw new CheckInClosedException(shift.getCampaign().getTitle());
        }
        Instant when = when(at);
        if (when.isBefore(signup.getCheckedInAt())) {
            throw new AttendanceTimeException();
        }
        signup.checkOut(when, ServiceHours.creditedMinutes(shift.getStartsAt(), shift.getEndsAt(), signup.getCheckedInAt(), when));
        audit.record("CHECKED_OUT", "signup", signup.getId(), signup.getVolunteer().getUsername() + " " + when
                + " " + signup.getCreditedMinutes() + " min");
        return signup;
    }

    /** A leader records that a confirmed volunteer did not come (from the shift's start on). */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Signup markNoShow(long signupId) {
        Signup signup = attendable(signupId, null);
        Shift shift = signup.getShift();
        boolean started = !clock.instant().isBefore(shift.getStartsAt());
        if (signup.getStatus() != SignupStatus.CONFIRMED || signup.getCheckedInAt() != null || !started) {
            throw new CheckInClosedException(shift.getCampaign().getTitle());
        }
        signup.recordNoShow();
        audit.record("NO_SHOW", "signup", signup.getId(), signup.getVolunteer().getUsername());
        return signup;
    }

    /**
     * Closes the attendance of shifts that ended before {@code before}: confirmed volunteers who never
     * checked in are no-shows; those who checked in but not out are checked out at the shift's end.
     * Run by the portal at the end of each day; running it again changes nothing.
     *
     * @return how many sign-ups it closed
     */
    @PermitAll
    public int closeEndedShifts(Instant before) {
        List<Signup> open = em.createQuery("""
                        select s from Signup s join fetch s.shift join fetch s.volunteer
                        where s.status = :confirmed and s.attendance is null and s.shift.cancelled = false
                          and s.shift.endsAt < :before""",
                        Signup.class)
                .setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("before", before)
                .getResultList();
        for (Signup signup : open) {
            Shift shift = signup.getShift();
            if (signup.getCheckedInAt() == null) {
                signup.recordNoShow();
                audit.recordBy(AuditService.SYSTEM, "NO_SHOW", "signup", signup.getId(), signup.getVolunteer().getUsername());
            } else {
                signup.checkOut(shift.getEndsAt(), ServiceHours.creditedMinutes(shift.getStartsAt(), shift.getEndsAt(),
                        signup.getCheckedInAt(), shift.getEndsAt()));
                audit.recordBy(AuditService.SYSTEM, "CHECKED_OUT", "signup", signup.getId(),
                        signup.getVolunteer().getUsername() + " at shift end, " + signup.getCreditedMinutes() + " min");
            }
        }
        return open.size();
    }

    /** The sign-up, if the caller is its volunteer with the right code, or leads its campaign. */
    private Signup attendable(long signupId, String code) {
        Signup signup = em.find(Signup.class, signupId);
        if (signup == null) {
            throw new SignupNotFoundException(signupId);
        }
        Caller caller = currentCaller.get();
        Shift shift = signup.getShift();
        if (CampaignAccess.manages(caller, shift.getCampaign())) {
            return signup;
        }
        if (!signup.getVolunteer().getUsername().equals(caller.username())) {
            throw new SignupNotFoundException(signupId);
        }
        if (code == null || !shift.getCheckCode().equals(code.strip())) {
            throw new WrongCheckCodeException();
        }
        return signup;
    }

    private Instant when(Instant at) {
        // Stored to the microsecond, shown to the second: take whole seconds, so replays compare equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW)) || at.isBefore(now.minus(LATE_ENTRY))) {
            throw new AttendanceTimeException();
        }
        return at.isAfter(now) ? now : at.truncatedTo(ChronoUnit.SECONDS);
    }
}
