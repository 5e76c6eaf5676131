package org.sanling.volunteer;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.account.Account;
import org.sanling.account.AccountService;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.account.Skills;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.audit.AuditService;
import org.sanling.notification.NotificationKind;
import org.sanling.platform.OutOfScopeException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Campaigns and their shifts: leaders of an area create, edit, publish, close, cancel and copy them;
 * everybody browses the published ones. Changing or cancelling a shift notifies the volunteers on it.
 * Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class CampaignService {

    private static final Duration WEEK = Duration.ofDays(7);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AccountService accounts;

    @Inject
    private AreaService areas;

    @Inject
    private ShiftPlaces places;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Creates a draft campaign in the caller's area (or an area inside it).
     *
     * @throws InvalidShiftException              if a shift ends before it starts, is too long or starts in the past
     * @throws CampaignCategoryNotFoundException  if no active category matches
     * @throws OutOfScopeException                if the area is outside the caller's
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign create(@NotNull @Valid CampaignPlan plan) {
        Instant now = clock.instant();
        Campaign campaign = new Campaign(accounts.me(), now);
        describe(campaign, plan, now);
        for (int i = 0; i < plan.shifts().size(); i++) {
            checkShift(i, plan.shifts().get(i), null, now);
            campaign.addShift(plan.shifts().get(i));
        }
        campaign.recomputeSpan();
        em.persist(campaign);
        em.flush();
        audit.record("CAMPAIGN_CREATED", "campaign", campaign.getId(), campaign.getTitle());
        return campaign;
    }

    /**
     * Edits a draft or published campaign. Shifts in the plan with an id change that shift; shifts
     * without one are added; shifts left out are cancelled (a draft's are dropped). Volunteers on a
     * shift whose time or place changes, or that is cancelled, are notified; more places promote from
     * the waitlist.
     *
     * @throws CapacityBelowConfirmedException if a capacity would fall below those already confirmed
     * @throws CampaignStateException          if the campaign is closed or cancelled
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign update(long id, @NotNull @Valid CampaignPlan plan) {
        Map<Long, Shift> locked = lockShifts(id);
        Campaign campaign = managed(id);
        requireLive(campaign);
        Instant now = clock.instant();
        describe(campaign, plan, now);
        Set<Long> kept = plan.shifts().stream().map(ShiftPlan::id).filter(Objects::nonNull).collect(Collectors.toSet());
        for (Shift shift : campaign.activeShifts()) {
            if (!kept.contains(shift.getId())) {
                cancelShift(campaign, shift, now);
            }
        }
        for (int i = 0; i < plan.shifts().size(); i++) {
            ShiftPlan shiftPlan = plan.shifts().get(i);
            if (shiftPlan.id() == null) {
                checkShift(i, shiftPlan, null, now);
                campaign.addShift(shiftPlan);
            } else {
                Shift shift = locked.get(shiftPlan.id());
                if (shift == null || shift.isCancelled()) {
                    throw new ShiftNotFoundException(shiftPlan.id());
                }
                checkShift(i, shiftPlan, shift, now);
                replan(shift, shiftPlan, now);
            }
        }
        campaign.recomputeSpan();
        em.flush();
        audit.record("CAMPAIGN_UPDATED", "campaign", campaign.getId(), campaign.getTitle());
        return campaign;
    }

    /** Opens a draft for sign-ups. It needs a shift still to come. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign publish(long id) {
        Campaign campaign = managed(id);
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw new CampaignStateException(campaign.getStatus());
        }
        Instant now = clock.instant();
        if (campaign.activeShifts().stream().noneMatch(s -> s.getStartsAt().isAfter(now))) {
            throw new InvalidShiftException("campaign.noUpcomingShift", null);
        }
        return move(campaign, CampaignStatus.PUBLISHED, now);
    }

    /** Stops sign-ups; attendance of its shifts goes on. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign close(long id) {
        Campaign campaign = managed(id);
        if (campaign.getStatus() != CampaignStatus.PUBLISHED) {
            throw new CampaignStateException(campaign.getStatus());
        }
        return move(campaign, CampaignStatus.CLOSED, clock.instant());
    }

    /** Cancels the campaign: every sign-up ends and every volunteer on it is notified. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign cancel(long id) {
        Map<Long, Shift> locked = lockShifts(id);
        Campaign campaign = managed(id);
        requireLive(campaign);
        Instant now = clock.instant();
        for (Shift shift : locked.values()) {
            for (Signup signup : places.active(shift)) {
                signup.end(SignupStatus.CANCELLED, now);
                places.notifyAbout(signup.getVolunteer(), NotificationKind.CAMPAIGN_CANCELLED, shift);
            }
            shift.countConfirmed(-shift.getConfirmedCount());
            shift.countWaitlisted(-shift.getWaitlistedCount());
        }
        return move(campaign, CampaignStatus.CANCELLED, now);
    }

    /**
     * Copies a campaign into a new draft to repeat it: same description and shifts, moved forward by
     * whole weeks until the first starts in the future.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public Campaign copy(long id) {
        Campaign original = managed(id);
        Instant now = clock.instant();
        List<Shift> shifts = original.getShifts().stream().filter(s -> !s.isCancelled()).toList();
        Instant first = (shifts.isEmpty() ? original.getShifts() : shifts).stream()
                .map(Shift::getStartsAt).min(Instant::compareTo).orElse(now);
        long weeks = first.isAfter(now) ? 1 : Duration.between(first, now).dividedBy(WEEK) + 1;
        Duration moveBy = WEEK.multipliedBy(weeks);
        Campaign copy = new Campaign(accounts.me(), now);
        copy.describe(original.getTitle(), original.getDescription(), original.getCategory(), original.getArea(),
                original.getSkills(), now);
        for (Shift shift : shifts.isEmpty() ? original.getShifts() : shifts) {
            copy.addShift(new ShiftPlan(null, shift.getStartsAt().plus(moveBy), shift.getEndsAt().plus(moveBy),
                    shift.getPlace(), shift.getCapacity(), List.copyOf(shift.getSkills()), shift.getQualification()));
        }
        copy.recomputeSpan();
        em.persist(copy);
        em.flush();
        audit.record("CAMPAIGN_COPIED", "campaign", copy.getId(), "from " + original.getId() + ": " + copy.getTitle());
        return copy;
    }

    /** A campaign the caller may see: drafts only to their leaders. */
    public Campaign get(long id) {
        Campaign campaign = em.createQuery("select c from Campaign c left join fetch c.shifts where c.id = :id", Campaign.class)
                .setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        if (campaign == null || !CampaignAccess.canSee(currentCaller.get(), campaign)) {
            throw new CampaignNotFoundException(id);
        }
        return campaign;
    }

    /** Whether the caller may manage the campaign (edit it, see rosters, assign, mark attendance). */
    public boolean manages(Campaign campaign) {
        return CampaignAccess.manages(currentCaller.get(), campaign);
    }

    /**
     * A page of campaigns, soonest first. Volunteers and others see published campaigns only; leaders
     * also the drafts, closed and cancelled ones of their area.
     */
    public CampaignPage browse(@NotNull CampaignQuery query, int first, int max) {
        Caller caller = currentCaller.get();
        boolean leads = caller.leadsAnArea();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!leads) {
            where.append(" and c.status = :published");
            parameters.put("published", CampaignStatus.PUBLISHED);
        } else {
            if (!caller.isAdmin()) {
                where.append(" and (c.status = :published or c.areaPath like :mine)");
                parameters.put("published", CampaignStatus.PUBLISHED);
                parameters.put("mine", caller.homeAreaPath() + "%");
            }
            if (query.status() != null) {
                where.append(" and c.status = :status");
                parameters.put("status", query.status());
            }
        }
        if (query.areaCode() != null && !query.areaCode().isBlank()) {
            Area area = areas.find(query.areaCode().strip())
                    .orElseThrow(() -> new AreaNotFoundException("areaCode", query.areaCode()));
            where.append(" and c.areaPath like :area");
            parameters.put("area", area.getPath() + "%");
        }
        if (query.categoryId() != null) {
            where.append(" and c.category.id = :category");
            parameters.put("category", query.categoryId());
        }
        if (query.from() != null) {
            where.append(" and c.endsAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and c.startsAt < :to");
            parameters.put("to", query.to());
        }
        if (query.skill() != null && !query.skill().isBlank()) {
            where.append("""
                     and (exists (select 1 from Campaign c2 join c2.skills k where c2 = c and lower(k) = :skill)
                       or exists (select 1 from Shift s2 join s2.skills k2 where s2.campaign = c and lower(k2) = :skill))""");
            parameters.put("skill", query.skill().strip().toLowerCase(Locale.ROOT));
        }
        if (query.freePlaces()) {
            where.append("""
                     and exists (select 1 from Shift s3 where s3.campaign = c and s3.cancelled = false
                       and s3.confirmedCount < s3.capacity and s3.startsAt > :now)""");
            parameters.put("now", clock.instant());
        }
        TypedQuery<Long> count = em.createQuery("select count(c) from Campaign c" + where, Long.class);
        TypedQuery<Campaign> page = em.createQuery("select c from Campaign c" + where + " order by c.startsAt, c.id",
                Campaign.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<Campaign> campaigns = page.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
        campaigns.forEach(Campaign::getShifts); // loads them (in batches) while the transaction is open
        return new CampaignPage(count.getSingleResult(), campaigns);
    }

    /** The active campaign categories, in their order. */
    public List<CampaignCategory> categories() {
        return em.createQuery("select c from CampaignCategory c where c.active = true order by c.position, c.id",
                CampaignCategory.class).getResultList();
    }

    private Campaign move(Campaign campaign, CampaignStatus status, Instant now) {
        campaign.moveTo(status, now);
        audit.record("CAMPAIGN_" + status, "campaign", campaign.getId(), campaign.getTitle());
        return campaign;
    }

    private void describe(Campaign campaign, CampaignPlan plan, Instant now) {
        Caller caller = currentCaller.get();
        Area area = plan.areaCode() == null || plan.areaCode().isBlank() ? accounts.me().getHomeArea()
                : areas.find(plan.areaCode().strip()).orElseThrow(() -> new AreaNotFoundException("areaCode", plan.areaCode()));
        if (!CampaignAccess.manages(caller, area.getPath())) {
            throw new OutOfScopeException();
        }
        campaign.describe(plan.title().strip(), plan.description() == null ? "" : plan.description().strip(),
                category(plan.category()), area, Skills.normalized(plan.skills()), now);
    }

    /** Changes a shift; its volunteers hear of a new time or place, and new places go to the waitlist. */
    private void replan(Shift shift, ShiftPlan plan, Instant now) {
        if (plan.capacity() < shift.getConfirmedCount()) {
            throw new CapacityBelowConfirmedException(shift.getConfirmedCount());
        }
        boolean moved = !shift.getStartsAt().equals(plan.startsAt()) || !shift.getEndsAt().equals(plan.endsAt())
                || !shift.getPlace().equals(plan.place().strip());
        shift.replan(plan);
        if (moved) {
            places.active(shift).forEach(s -> places.notifyAbout(s.getVolunteer(), NotificationKind.SHIFT_CHANGED, shift));
        }
        places.promote(shift, now);
    }

    private void cancelShift(Campaign campaign, Shift shift, Instant now) {
        if (campaign.getStatus() == CampaignStatus.DRAFT) {
            campaign.removeShift(shift);
            return;
        }
        for (Signup signup : places.active(shift)) {
            signup.end(SignupStatus.CANCELLED, now);
            places.notifyAbout(signup.getVolunteer(), NotificationKind.SHIFT_CANCELLED, shift);
        }
        shift.countConfirmed(-shift.getConfirmedCount());
        shift.countWaitlisted(-shift.getWaitlistedCount());
        shift.cancel();
    }

    /**
     * Locks all shifts of the campaign, in id order (so two editors cannot deadlock), before anything
     * else of it is read: what is read afterwards is current.
     */
    private Map<Long, Shift> lockShifts(long campaignId) {
        List<Long> ids = em.createQuery("select s.id from Shift s where s.campaign.id = :id order by s.id", Long.class)
                .setParameter("id", campaignId)
                .getResultList();
        Map<Long, Shift> locked = new HashMap<>();
        for (Long shiftId : ids) {
            locked.put(shiftId, places.lock(shiftId));
        }
        return locked;
    }

    private Campaign managed(long id) {
        Campaign campaign = get(id);
        if (!CampaignAccess.manages(currentCaller.get(), campaign)) {
            throw new OutOfScopeException();
        }
        return campaign;
    }

    private static void requireLive(Campaign campaign) {
        if (!campaign.getStatus().isLive()) {
            throw new CampaignStateException(campaign.getStatus());
        }
    }

    private static void checkShift(int index, ShiftPlan plan, Shift existing, Instant now) {
        boolean newStart = existing == null || !existing.getStartsAt().equals(plan.startsAt());
        ShiftWindow.check(plan.startsAt(), plan.endsAt(), newStart, now, "shifts[" + index + "].");
    }

    private CampaignCategory category(String idOrName) {
        String key = idOrName.strip();
        return categories().stream()
                .filter(c -> String.valueOf(c.getId()).equals(key) || c.getName().equals(key) || c.getNameEn().equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new CampaignCategoryNotFoundException(key));
    }
}
