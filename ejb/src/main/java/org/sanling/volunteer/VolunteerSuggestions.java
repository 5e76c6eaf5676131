package org.sanling.volunteer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.account.Skills;
import org.sanling.platform.OutOfScopeException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Suggests volunteers for a shift ({@link Suggestion#BEST_FIRST}) among those living in the campaign's
 * street (or district, for a district campaign) who are not on the shift yet. Thread-safe.
 */
@Stateless
@DeclareRoles({Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class VolunteerSuggestions {

    static final Duration RECENT = Duration.ofDays(90);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public List<Suggestion> forShift(long shiftId, int max) {
        Shift shift = em.find(Shift.class, shiftId);
        Caller caller = currentCaller.get();
        if (shift == null || !CampaignAccess.canSee(caller, shift.getCampaign())) {
            throw new ShiftNotFoundException(shiftId);
        }
        Campaign campaign = shift.getCampaign();
        if (!CampaignAccess.manages(caller, campaign)) {
            throw new OutOfScopeException();
        }
        List<Account> candidates = em.createQuery("""
                        select a from Account a
                        where :volunteer member of a.roles and a.homeArea.path like :street
                          and not exists (select 1 from Signup s where s.shift = :shift and s.volunteer = a and s.status in :active)""",
                        Account.class)
                .setParameter("volunteer", Role.VOLUNTEER)
                .setParameter("street", streetPath(campaign.getAreaPath()) + "%")
                .setParameter("shift", shift)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> busy = busy(candidates, shift);
        Map<Long, Long> recent = recentMinutes(candidates);
        Map<Long, Set<String>> skills = skills(candidates);
        List<String> wanted = Stream.concat(campaign.getSkills().stream(), shift.getSkills().stream()).toList();
        return candidates.stream()
                .map(a -> new Suggestion(a, !busy.contains(a.getId()),
                        Skills.matching(skills.getOrDefault(a.getId(), Set.of()), wanted),
                        Suggestion.sharedLevels(a.getHomeArea().getPath(), campaign.getAreaPath()),
                        recent.getOrDefault(a.getId(), 0L), skills.getOrDefault(a.getId(), Set.of())))
                .sorted(Suggestion.BEST_FIRST)
                .limit(Math.max(1, Math.min(max, 50)))
                .toList();
    }

    /** The street (or district) part of an area path: its first two levels. */
    static String streetPath(String areaPath) {
        String[] parts = areaPath.split("/");
        return parts.length <= 2 ? areaPath : parts[0] + "/" + parts[1] + "/";
    }

    private Set<Long> busy(List<Account> candidates, Shift shift) {
        return new HashSet<>(em.createQuery("""
                        select s.volunteer.id from Signup s join s.shift sh
                        where s.volunteer in :candidates and s.status = :confirmed and sh.cancelled = false
                          and sh.startsAt < :end and sh.endsAt > :start""", Long.class)
                .setParameter("candidates", candidates)
                .setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("start", shift.getStartsAt())
                .setParameter("end", shift.getEndsAt())
                .getResultList());
    }

    private Map<Long, Long> recentMinutes(List<Account> candidates) {
        Instant since = clock.instant().minus(RECENT);
        Map<Long, Long> minutes = new HashMap<>();
        em.createQuery("""
                        select s.volunteer.id, sum(s.creditedMinutes) from Signup s
                        where s.volunteer in :candidates and s.attendance = :attended and s.shift.startsAt >= :since
                        group by s.volunteer.id""", Object[].class)
                .setParameter("candidates", candidates)
                .setParameter("attended", Attendance.ATTENDED)
                .setParameter("since", since)
                .getResultList()
                .forEach(row -> minutes.put((Long) row[0], ((Number) row[1]).longValue()));
        return minutes;
    }

    private Map<Long, Set<String>> skills(List<Account> candidates) {
        Map<Long, Set<String>> skills = new HashMap<>();
        em.createQuery("select a.id, k from Account a join a.skills k where a in :candidates", Object[].class)
                .setParameter("candidates", candidates)
                .getResultList()
                .forEach(row -> skills.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
        return skills;
    }
}
