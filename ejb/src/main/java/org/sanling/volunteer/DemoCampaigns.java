package org.sanling.volunteer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Demo volunteering for the demo district: forty volunteers all over it, and the campaigns of
 * {@code demo/volunteer-campaigns.tsv} in the last two months and the next one, with their shifts,
 * sign-ups, waitlists, attendance and the notices those caused. Written directly rather than through
 * the services, which need a caller: this runs at start-up. Deterministic for a given day (a fixed seed).
 */
@Stateless
public class DemoCampaigns {

    private static final long SEED = 20261127L;

    private static final Logger LOG = Logger.getLogger(DemoCampaigns.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShiftPlaces places;

    /**
     * Loads it all. Call once, after the demo district, its leaders, volunteer-a and volunteer-b.
     *
     * @return what was loaded, in a few words for the log and the audit trail
     */
    public String load(Instant now, String passwordHash) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<Area> areas = em.createQuery("select a from Area a where a.kind in :kinds order by a.code", Area.class)
                .setParameter("kinds", Stream.of(AreaLevel.STREET, AreaLevel.COMMUNITY).flatMap(l -> AreaKind.of(l).stream()).toList())
                .getResultList();
        List<Account> leaders = em.createQuery("select a from Account a where :leader member of a.roles", Account.class)
                .setParameter("leader", Role.LEADER)
                .getResultList();
        Map<String, Account> named = em.createQuery("select a from Account a where a.username in :names", Account.class)
                .setParameter("names", DemoVolunteers.NAMED_SKILLS.keySet())
                .getResultStream().collect(Collectors.toMap(Account::getUsername, Function.identity()));
        List<CampaignCategory> categories = em.createQuery("select c from CampaignCategory c", CampaignCategory.class)
                .getResultList();

        named.forEach((username, volunteer) -> volunteer.changeSkills(DemoVolunteers.NAMED_SKILLS.get(username)));
        List<Account> volunteers = DemoVolunteers.create(
                areas.stream().filter(a -> a.getLevel() == AreaLevel.COMMUNITY).toList(), passwordHash, now, random);
        volunteers.forEach(em::persist);
        var builder = new DemoCampaignBuilder(now, random, areas, leaders, categories, volunteers, named);
        List<Campaign> campaigns = builder.build(DemoCampaignSpec.readAll());
        campaigns.forEach(em::persist);
        List<Signup> signups = builder.signups().all();
        signups.forEach(em::persist);
        builder.signups().notices().forEach(n -> places.notifyAbout(n.volunteer(), n.kind(), n.shift()));
        em.flush();

        String loaded = "%d volunteers, %d campaigns, %d shifts, %d sign-ups, %d notifications".formatted(
                volunteers.size(), campaigns.size(), campaigns.stream().mapToInt(c -> c.getShifts().size()).sum(),
                signups.size(), builder.signups().notices().size());
        LOG.info(() -> "Demo volunteering loaded in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms: " + loaded);
        return loaded;
    }
}
