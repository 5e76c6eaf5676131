package org.sanling.legalaid;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.Qualification;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;
import org.sanling.supervision.DemoSubmissions;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignCategory;
import org.sanling.volunteer.DemoStaffing;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.ShiftPlan;
import org.sanling.volunteer.Signup;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo legal aid for the demo district: lawyers and mediators (lawyer-01 …, mediator-01 …, holding their
 * qualification, and volunteers so that they sign up), and the events of {@code demo/legal-aid-events.tsv}
 * over the past year and the next month, each staffed through a published campaign of its own as
 * {@link LegalAidService} makes them, signed up for as the portal signs up; the past ones with their
 * consultations by topic and outcome (referrals filed as dispute submissions in the event's area and linked),
 * turnout, and search outbox rows. Written directly rather than through the services, which need a caller:
 * this runs at start-up. Deterministic for a given day (a fixed seed).
 */
@Stateless
public class DemoLegalAid {

    private static final long SEED = 20261128L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int REFERRED_PERCENT = 12;

    /** username, display name, qualification */
    private record Professional(String username, String name, Qualification qualification) {
    }

    private static final List<Professional> PROFESSIONALS = List.of(
            new Professional("lawyer-01", "郑文博", Qualification.LAWYER),
            new Professional("lawyer-02", "林静怡", Qualification.LAWYER),
            new Professional("lawyer-03", "高志明", Qualification.LAWYER),
            new Professional("lawyer-04", "宋雅琳", Qualification.LAWYER),
            new Professional("mediator-01", "许国平", Qualification.MEDIATOR),
            new Professional("mediator-02", "何秀芬", Qualification.MEDIATOR),
            new Professional("mediator-03", "钱立群", Qualification.MEDIATOR));

    /** What people asked about, by topic: the one-line summaries staff log. */
    private static final Map<String, List<String>> QUESTIONS = Map.of(
            "民法典", List.of("居住权如何设立", "遗嘱继承份额怎么算", "房屋买卖合同对方违约"),
            "反诈", List.of("接到冒充客服的退款电话", "网上刷单被骗如何报案", "老人买保健品被骗"),
            "劳动争议", List.of("装修公司拖欠工资三个月", "没签劳动合同怎么维权", "工伤认定流程"),
            "婚姻家庭", List.of("离婚后子女抚养费", "子女不赡养老人", "家庭财产分割"),
            "物业纠纷", List.of("楼顶漏水物业拒不维修", "物业费上涨是否合理", "小区车位归属"),
            "未成年人保护", List.of("孩子在学校被欺凌", "孩子游戏充值能否退款", "留守儿童监护"),
            "邻里纠纷", List.of("楼上噪音扰民", "邻居占用公共楼道", "相邻通行纠纷"),
            "消费维权", List.of("预付卡商家跑路", "网购商品质量问题退货", "装修质量纠纷"),
            "其他", List.of("土地承包经营权", "交通事故赔偿", "法律援助申请条件"));

    /** Who left a name and phone, with consent, for a referral. */
    private static final List<String> CITIZENS = List.of("王秀英", "李建军", "张桂兰", "刘德明", "陈玉梅", "杨振华");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoSubmissions submissions;

    @Inject
    private SearchOutbox outbox;

    /**
     * Loads it all. Call once, after the demo district, its accounts, submissions and volunteering.
     *
     * @return what was loaded, in a few words for the log and the audit trail
     */
    public String load(Instant now, String passwordHash) {
        Random random = new Random(SEED);
        List<DemoEventSpec> specs = DemoEventSpec.readAll();
        Map<String, Area> areas = em.createQuery("select a from Area a where a.name in :names", Area.class)
                .setParameter("names", specs.stream().map(DemoEventSpec::area).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Area::getName, Function.identity()));
        Map<String, LegalTopic> topics = em.createQuery("select t from LegalTopic t", LegalTopic.class)
                .getResultStream().collect(Collectors.toMap(LegalTopic::getName, Function.identity()));
        CampaignCategory category = em.find(CampaignCategory.class, LegalAidService.STAFFING_CATEGORY);
        List<Account> leaders = withRole(Role.LEADER);
        List<Account> volunteers = em.createQuery(
                        "select a from Account a where a.username like 'volunteer-__' order by a.username", Account.class)
                .getResultList();
        List<Account> professionals = professionals(passwordHash, now);
        var staffing = new DemoStaffing(now, random,
                em.createQuery("select s from Signup s join fetch s.shift", Signup.class).getResultList());

        int consultations = 0;
        int referred = 0;
        for (DemoEventSpec spec : specs) {
            Area area = required(areas, spec.area(), spec);
            Instant starts = now.atZone(ZONE).toLocalDate().plusDays(spec.day()).atTime(spec.startsAt()).atZone(ZONE).toInstant();
            Instant ends = starts.plus(Duration.ofHours(spec.hours()));
            Instant created = earlier(starts.minus(Duration.ofDays(7 + random.nextInt(8))), now.minus(Duration.ofHours(2 + random.nextInt(47))));
            List<LegalTopic> covered = spec.topics().stream().map(t -> required(topics, t, spec)).toList();
            Account leader = leaderOf(area, leaders);
            List<ShiftPlan> plans = spec.places().entrySet().stream()
                    .map(p -> new ShiftPlan(null, starts, ends, spec.place(), p.getValue(), List.of(), p.getKey().qualification()))
                    .toList();
            Campaign campaign = staffing.publishedCampaign(leader, spec.title(),
                    covered.stream().map(LegalTopic::getName).collect(Collectors.joining("、")), category, area, plans, created);
            // Who logs the consultations: the lawyers and mediators on duty.
            List<Account> counsel = new ArrayList<>();
            for (Shift shift : campaign.getShifts()) {
                List<Account> candidates = candidates(StaffRole.needing(shift.getQualification()), area, professionals, volunteers, random);
                // Upcoming events are still taking sign-ups; those past were fully staffed.
                int wanted = starts.isAfter(now) ? random.nextInt(shift.getCapacity() + 1) : shift.getCapacity();
                List<Signup> made = staffing.staff(shift, candidates.subList(0, Math.min(wanted, candidates.size())));
                if (shift.getQualification() != null) {
                    made.forEach(signup -> counsel.add(signup.getVolunteer()));
                }
            }
            staffing.closeIfOver(campaign);
            em.persist(campaign);
            LegalAidEvent event = new LegalAidEvent(spec.kind(), spec.title(), spec.place(), area, starts, ends, covered, campaign,
                    leader, created);
            em.persist(event);
            if (ends.isBefore(now)) {
                int count = (spec.kind() == EventKind.CONSULTATION_DAY ? 8 : 3) + random.nextInt(9);
                for (int i = 0; i < count; i++) {
                    Consultation c = consult(event, counsel.isEmpty() ? leader : counsel.get(random.nextInt(counsel.size())),
                            consultations++, now, random);
                    referred += c.getSubmission() == null ? 0 : 1;
                }
                int people = count * (4 + random.nextInt(6)) + random.nextInt(20);
                event.recordTurnout(people, people * 2 + random.nextInt(50));
            }
        }
        staffing.signups().forEach(em::persist);
        em.flush();
        return "%d lawyers and mediators, %d legal-aid events, %d consultations (%d referred)".formatted(
                professionals.size(), specs.size(), consultations, referred);
    }

    /** One consultation during the event, a referral now and then (filed as a dispute), announced to search. */
    private Consultation consult(LegalAidEvent event, Account loggedBy, int number, Instant now, Random random) {
        LegalTopic topic = event.getTopics().get(random.nextInt(event.getTopics().size()));
        List<String> questions = QUESTIONS.getOrDefault(topic.getName(), QUESTIONS.get("其他"));
        String summary = random.nextInt(5) == 0 ? null : questions.get(random.nextInt(questions.size()));
        boolean referred = random.nextInt(100) < REFERRED_PERCENT;
        String citizen = referred ? CITIZENS.get(random.nextInt(CITIZENS.size())) : null;
        String phone = referred ? "1376%07d".formatted(random.nextInt(10_000_000)) : null;
        var logged = new NewConsultation(UUID.nameUUIDFromBytes(("demo-consultation-" + number).getBytes(StandardCharsets.UTF_8)),
                topic.getName(), summary, referred ? Outcome.REFERRED : Outcome.ANSWERED, citizen, phone, referred);
        long span = Duration.between(event.getStartsAt(), event.getEndsAt()).toSeconds();
        Instant at = event.getStartsAt().plusSeconds(random.nextLong(span));
        var submission = referred
                ? submissions.fileReferral(ConsultationService.referral(event, topic, logged, at), loggedBy, at, now, random)
                : null;
        Consultation consultation = new Consultation(event, logged.clientId(), loggedBy, topic, summary, logged.outcome(),
                citizen, phone, submission, at);
        em.persist(consultation);
        outbox.announce(IndexedEntity.CONSULTATION, consultation.getId());
        return consultation;
    }

    /** The lawyers and mediators, volunteers too so that they sign up, spread over the district's communities. */
    private List<Account> professionals(String passwordHash, Instant now) {
        List<Area> communities = em.createQuery("select a from Area a where a.kind in :kinds order by a.code", Area.class)
                .setParameter("kinds", AreaKind.of(AreaLevel.COMMUNITY)).getResultList();
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < PROFESSIONALS.size(); i++) {
            Professional p = PROFESSIONALS.get(i);
            Account account = new Account(p.username(), p.name(), "1370000%04d".formatted(i + 1),
                    communities.get(i * communities.size() / PROFESSIONALS.size()), EnumSet.of(Role.VOLUNTEER), passwordHash, now);
            account.changeQualifications(Set.of(p.qualification()));
            em.persist(account);
            accounts.add(account);
        }
        return accounts;
    }

    /**
     * Who may take a role's places, likeliest first: the qualified for lawyers and mediators; for volunteers
     * those with legal skills, then those of the event's street, each group in a random order.
     */
    private static List<Account> candidates(StaffRole role, Area area, List<Account> professionals, List<Account> volunteers,
                                            Random random) {
        List<Account> pool = new ArrayList<>(role == StaffRole.VOLUNTEER ? volunteers
                : professionals.stream().filter(p -> p.isQualifiedAs(role.qualification())).toList());
        Collections.shuffle(pool, random);
        String street = area.lineage().get(1);
        pool.sort(Comparator.comparingInt(v -> (v.getSkills().contains("法律") ? 0 : 2)
                + (v.getHomeArea().lineage().get(1).equals(street) ? 0 : 1)));
        return pool;
    }

    /** The leader nearest the area: of its street if there is one, of the district otherwise. */
    private static Account leaderOf(Area area, List<Account> leaders) {
        return leaders.stream().filter(l -> area.isWithin(l.getHomeArea()))
                .max(Comparator.comparingInt(l -> l.getHomeArea().getPath().length()))
                .orElseThrow(() -> new IllegalStateException("the demo district has a district leader"));
    }

    private List<Account> withRole(Role role) {
        return em.createQuery("select a from Account a where :role member of a.roles order by a.username", Account.class)
                .setParameter("role", role).getResultList();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T required(Map<String, T> byName, String name, DemoEventSpec spec) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException(spec.title() + ": no " + name + " in the demo");
        }
        return found;
    }
}
