package org.sanling.volunteer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.notification.NotificationKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminds each confirmed volunteer of a shift the day before it (days in Asia/Shanghai), once per
 * sign-up however often it runs. Run by a job, without a caller. Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
public class ShiftReminders {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShiftPlaces places;

    /**
     * Notifies ({@link NotificationKind#SHIFT_REMINDER}) every volunteer with a confirmed place on a shift
     * that starts tomorrow and is still on, who has not been reminded of it yet.
     *
     * @return how many it reminded
     */
    public int remindOfTomorrow(Instant now) {
        LocalDate tomorrow = LocalDate.ofInstant(now, ShiftPlaces.ZONE).plusDays(1);
        List<Signup> due = em.createQuery("""
                        select s from Signup s join fetch s.volunteer
                        where s.status = :confirmed and s.remindedAt is null and s.shift.cancelled = false
                          and s.shift.campaign.status = :published and s.shift.startsAt >= :from and s.shift.startsAt < :to""",
                        Signup.class)
                .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                .setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("published", CampaignStatus.PUBLISHED)
                .setParameter("from", tomorrow.atStartOfDay(ShiftPlaces.ZONE).toInstant())
                .setParameter("to", tomorrow.plusDays(1).atStartOfDay(ShiftPlaces.ZONE).toInstant())
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        due.forEach(s -> places.notifyAbout(s.getVolunteer(), NotificationKind.SHIFT_REMINDER, s.getShift()));
        // A bulk update leaves the sign-ups' versions alone: a volunteer cancelling meanwhile is not refused.
        em.createQuery("update Signup s set s.remindedAt = :now where s.id in :ids")
                .setParameter("now", now)
                .setParameter("ids", due.stream().map(Signup::getId).toList())
                .executeUpdate();
        return due.size();
    }
}
