package org.sanling.volunteer;

import org.sanling.account.Account;
import org.sanling.area.Area;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Staffing campaigns for other features' demos (a legal-aid event's lawyers, mediators and volunteers),
 * made as the volunteer demo makes its campaigns: published an hour after they were created, signed up
 * for as {@link ShiftPlaces} signs up (queue numbers and counts exact; nobody on two shifts at once, the
 * volunteer demo's shifts included), attended when past, closed a day after they ended. In memory, the
 * same for the same random and moment; the caller persists the campaigns, then {@link #signups()}.
 */
public final class DemoStaffing {

    /** Demo sign-ups end this long before the shift, well before anyone could check in. */
    private static final Duration LAST_SIGNUP = Duration.ofHours(1);

    private final Instant now;
    private final Random random;
    private final DemoSignups signups = new DemoSignups("demo-staffing-");
    private final Map<Campaign, Instant> published = new IdentityHashMap<>();

    /** @param taken the demo's sign-ups so far: their volunteers are not free at those shifts' times */
    public DemoStaffing(Instant now, Random random, List<Signup> taken) {
        this.now = now;
        this.random = random;
        taken.stream().filter(s -> s.getStatus().isActive()).forEach(s -> signups.markBusy(s.getVolunteer(), s.getShift()));
    }

    /** A campaign of the plans by the leader, created at {@code created} and published an hour later. */
    public Campaign publishedCampaign(Account leader, String title, String description, CampaignCategory category, Area area,
                                      List<ShiftPlan> plans, Instant created) {
        Campaign campaign = new Campaign(leader, created);
        campaign.describe(title, description, category, area, Set.of(), created);
        plans.forEach(campaign::addShift);
        campaign.recomputeSpan();
        Instant publication = created.plus(Duration.ofHours(1));
        campaign.moveTo(CampaignStatus.PUBLISHED, publication);
        published.put(campaign, publication);
        return campaign;
    }

    /**
     * Signs up, in the given order and at moments from the publication of the shift's campaign (made by
     * {@link #publishedCampaign}) until an hour before the shift or now, those of the people free at its
     * time, until its places are taken; then their attendance if it has started. Returns the sign-ups made.
     */
    public List<Signup> staff(Shift shift, List<Account> people) {
        List<Account> free = people.stream().filter(p -> signups.isFree(p, shift)).limit(shift.getCapacity()).toList();
        Instant opens = published.get(shift.getCampaign());
        Instant closes = earlier(shift.getStartsAt().minus(LAST_SIGNUP), now);
        long span = Math.max(1, Duration.between(opens, closes).toSeconds());
        List<Instant> moments = random.longs(free.size(), 0, span).sorted().mapToObj(opens::plusSeconds).toList();
        List<Signup> made = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            made.add(signups.enrol(shift, free.get(i), moments.get(i)));
        }
        signups.attend(shift, List.of(), now, random);
        return made;
    }

    /** Closes the campaign a day after its end, if that has passed; call once its shifts are staffed. */
    public void closeIfOver(Campaign campaign) {
        Instant closed = campaign.getEndsAt().plus(Duration.ofDays(1));
        if (closed.isBefore(now)) {
            campaign.moveTo(CampaignStatus.CLOSED, closed);
        }
    }

    /** Every sign-up made, to persist after the campaigns. */
    public List<Signup> signups() {
        return signups.all();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
