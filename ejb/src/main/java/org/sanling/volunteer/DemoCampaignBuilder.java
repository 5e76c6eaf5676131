package org.sanling.volunteer;

import org.sanling.account.Account;
import org.sanling.account.Skills;
import org.sanling.area.Area;
import org.sanling.volunteer.DemoCampaignSpec.Demand;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the demo campaigns of their specs as they would have happened up to {@code now}: created by the
 * leader of their street a week or two before the first shift, published an hour later, signed up for,
 * attended or missed, then closed or cancelled. In memory only, the same for the same random and day;
 * {@link DemoCampaigns} persists the campaigns and {@link #signups()}. One builder makes one demo.
 */
final class DemoCampaignBuilder {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Demo sign-ups end this long before the shift, well before anyone could check in. */
    private static final Duration LAST_SIGNUP = Duration.ofHours(1);
    /** Of the shifts not in demand, how many saw one volunteer give up their place. */
    private static final int CHANGE_OF_MIND_PERCENT = 15;

    private final Instant now;
    private final LocalDate today;
    private final Random random;
    private final Map<String, Area> areasByName;
    private final List<Account> leaders;
    private final Map<String, CampaignCategory> categoriesByName;
    private final List<Account> volunteers;
    private final Map<String, Account> namedVolunteers;
    private final DemoSignups signups = new DemoSignups();

    /**
     * @param areas           the streets and communities campaigns may be in, by name
     * @param volunteers      who signs up, besides the named volunteers
     * @param namedVolunteers volunteer-a and volunteer-b, who are only where the specs put them
     */
    DemoCampaignBuilder(Instant now, Random random, List<Area> areas, List<Account> leaders,
                        List<CampaignCategory> categories, List<Account> volunteers, Map<String, Account> namedVolunteers) {
        this.now = now;
        this.today = now.atZone(ZONE).toLocalDate();
        this.random = random;
        this.areasByName = areas.stream().collect(Collectors.toMap(Area::getName, Function.identity()));
        this.leaders = List.copyOf(leaders);
        this.categoriesByName = categories.stream().collect(Collectors.toMap(CampaignCategory::getName, Function.identity()));
        this.volunteers = List.copyOf(volunteers);
        this.namedVolunteers = Map.copyOf(namedVolunteers);
    }

    List<Campaign> build(List<DemoCampaignSpec> specs) {
        return specs.stream().map(this::campaign).toList();
    }

    /** The sign-ups and notices of the campaigns built. */
    DemoSignups signups() {
        return signups;
    }

    private Campaign campaign(DemoCampaignSpec spec) {
        Area area = required(areasByName, spec.area(), spec);
        List<ShiftPlan> plans = shiftPlans(spec);
        Instant created = earlier(plans.get(0).startsAt().minus(Duration.ofDays(7 + random.nextInt(8))),
                now.minus(Duration.ofHours(2 + random.nextInt(47))));
        Campaign campaign = new Campaign(leaderOf(area), created);
        campaign.describe(spec.title(), spec.description(), required(categoriesByName, spec.category(), spec), area,
                Skills.normalized(spec.skills()), created);
        plans.forEach(campaign::addShift);
        campaign.recomputeSpan();
        boolean upcoming = campaign.getStartsAt().isAfter(now);
        if ((spec.status() == CampaignStatus.DRAFT || spec.status() == CampaignStatus.CANCELLED) && !upcoming
                || spec.status() == CampaignStatus.CLOSED && !campaign.getEndsAt().isBefore(now)) {
            throw new IllegalArgumentException(spec.title() + ": days do not fit status " + spec.status());
        }
        if (spec.status() != CampaignStatus.DRAFT) {
            live(campaign, spec, created.plus(Duration.ofHours(1)));
        }
        return campaign;
    }

    /** The campaign's shifts: the same times of day and length, each with its own capacity. */
    private List<ShiftPlan> shiftPlans(DemoCampaignSpec spec) {
        LocalTime morning = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(3));
        LocalTime afternoon = LocalTime.of(14, 0).plusMinutes(30L * random.nextInt(3));
        Duration length = Duration.ofMinutes(120 + 30L * random.nextInt(5));
        boolean mornings = random.nextBoolean();
        boolean twoADay = spec.daysBetween() == 0;
        List<ShiftPlan> plans = new ArrayList<>();
        for (int i = 0; i < spec.shifts(); i++) {
            LocalDate day = today.plusDays(spec.firstDay() + (twoADay ? i / 2 : (long) i * spec.daysBetween()));
            LocalTime time = (twoADay ? i % 2 == 0 : mornings) ? morning : afternoon;
            Instant start = day.atTime(time).atZone(ZONE).toInstant();
            // The first shift is where the skills are needed (the driving, the legal advice); later ones are plain help.
            plans.add(new ShiftPlan(null, start, start.plus(length), spec.place(), 3 + random.nextInt(13),
                    i == 0 ? spec.skills() : List.of(), null));
        }
        return plans;
    }

    /** Publishes the campaign and lets it live until now: sign-ups, attendance, and its end. */
    private void live(Campaign campaign, DemoCampaignSpec spec, Instant published) {
        campaign.moveTo(CampaignStatus.PUBLISHED, published);
        boolean cancelled = spec.status() == CampaignStatus.CANCELLED;
        Instant signupsEnd = cancelled ? published.plus(Duration.between(published, now).dividedBy(2)) : now;
        List<Account> named = spec.featured().chars().mapToObj(c -> required(namedVolunteers, "volunteer-" + (char) c, spec))
                .toList();
        List<Shift> shifts = campaign.getShifts();
        for (int i = 0; i < shifts.size(); i++) {
            List<Account> featured = i == 0 ? named : List.of();
            fill(campaign.getArea(), shifts.get(i), featured, spec.demand(), published, signupsEnd);
            signups.attend(shifts.get(i), featured, now, random);
        }
        if (cancelled) {
            shifts.forEach(shift -> signups.cancelAll(shift, signupsEnd));
            campaign.moveTo(CampaignStatus.CANCELLED, signupsEnd);
        } else if (spec.status() == CampaignStatus.CLOSED) {
            campaign.moveTo(CampaignStatus.CLOSED, earlier(campaign.getEndsAt().plus(Duration.ofDays(1)), now));
        }
    }

    /**
     * Signs volunteers up between {@code opens} and {@code closes}: an upcoming shift in demand fills up
     * and gets a waitlist, the featured volunteers waiting first; other shifts fill partly, those that
     * took place at least half.
     */
    private void fill(Area area, Shift shift, List<Account> featured, Demand demand, Instant opens, Instant closes) {
        boolean inDemand = demand != Demand.PARTLY_FILLED && shift.getStartsAt().isAfter(now);
        List<Account> queue;
        if (inDemand) {
            queue = new ArrayList<>(pick(area, shift, shift.getCapacity() + 2 + random.nextInt(3)));
            queue.addAll(Math.min(shift.getCapacity(), queue.size()), featured);
        } else {
            double share = shift.getStartsAt().isAfter(now) ? 0.2 + 0.7 * random.nextDouble() : 0.5 + 0.5 * random.nextDouble();
            queue = new ArrayList<>(featured);
            queue.addAll(pick(area, shift, (int) Math.ceil(shift.getCapacity() * share) - featured.size()));
        }
        // One moment more than sign-ups: the last, for a change of mind after everyone signed up.
        List<Instant> moments = moments(queue.size() + 1, opens, earlier(closes, shift.getStartsAt().minus(LAST_SIGNUP)));
        for (int i = 0; i < queue.size(); i++) {
            signups.enrol(shift, queue.get(i), moments.get(i));
        }
        boolean changeOfMind = inDemand ? demand == Demand.FREED : random.nextInt(100) < CHANGE_OF_MIND_PERCENT;
        List<Signup> leavable = signups.confirmed(shift).stream().filter(s -> !featured.contains(s.getVolunteer())).toList();
        if (changeOfMind && !leavable.isEmpty()) {
            signups.cancel(leavable.get(random.nextInt(leavable.size())), moments.get(queue.size()));
        }
    }

    /**
     * Up to {@code count} volunteers free at the time of the shift: those of its street and with its skills
     * are likelier, but not always first, so that the same few neighbours are not on every shift.
     */
    private List<Account> pick(Area area, Shift shift, int count) {
        String street = streetCode(area);
        Map<Account, Double> ranks = new IdentityHashMap<>();
        for (Account v : volunteers) {
            boolean skilled = shift.getSkills().isEmpty() || Skills.matching(v.getSkills(), shift.getSkills()) > 0;
            ranks.put(v, (streetCode(v.getHomeArea()).equals(street) ? 0 : 2) + (skilled ? 0 : 2) + 3 * random.nextDouble());
        }
        return volunteers.stream().sorted(Comparator.comparingDouble(ranks::get)).filter(v -> signups.isFree(v, shift))
                .limit(Math.max(0, count)).toList();
    }

    /** The leader nearest the area: of its street if there is one, of the district otherwise. */
    private Account leaderOf(Area area) {
        return leaders.stream().filter(l -> area.isWithin(l.getHomeArea()))
                .max(Comparator.comparingInt(l -> l.getHomeArea().getPath().length()))
                .orElseThrow(() -> new IllegalStateException("the demo district has a district leader"));
    }

    /** {@code count} random moments from {@code from} until {@code until}, in order. */
    private List<Instant> moments(int count, Instant from, Instant until) {
        long span = Duration.between(from, until).toSeconds();
        return random.longs(count, 0, span).sorted().mapToObj(from::plusSeconds).toList();
    }

    /** The code of the street or town the area lies in (its lineage is district, street, …). */
    private static String streetCode(Area area) {
        return area.lineage().get(1);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T required(Map<String, T> byName, String name, DemoCampaignSpec spec) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException(spec.title() + ": no " + name + " in the demo");
        }
        return found;
    }
}
