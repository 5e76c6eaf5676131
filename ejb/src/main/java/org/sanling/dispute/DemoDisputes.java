package org.sanling.dispute;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.Qualification;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.legalaid.Consultation;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;
import org.sanling.supervision.DemoMessage;
import org.sanling.supervision.Submission;
import org.sanling.supervision.SubmissionType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo district's dispute register over the last year, at the news report's scale (全区共排查矛盾纠纷2750起，化解2722起，
 * 化解率99%): 2,750 disputes spread over its grids and the year, found by screening, on patrols, from the demo's dispute
 * submissions and referred legal-aid consultations (linked both ways), each worked along the workflow as far as its
 * age says, step by step on its timeline: assigned to the community's handler or a mediator of the street, mediated in
 * one to three sessions, resolved with an agreement (about 1 % fail and are referred), visited again after 30 days and
 * closed. Recent ones are still open; some are high-risk. Titles and descriptions are real citizen messages that read
 * like disputes ({@link DemoMessage}), reused where the messages of a kind run out; the parties' names and phones are
 * made up. Written directly, as no caller exists at start-up. Deterministic for a given day (a fixed seed).
 */
@Stateless
public class DemoDisputes {

    /** The report's count of disputes screened in a year. */
    private static final int PER_YEAR = 2750;

    private static final long SEED = 20261207L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int FAILED_PER_THOUSAND = 10;
    private static final int FLUSH_EVERY = 200;

    /** The demo's kinds, as V12 creates them, with their share of the disputes (%) and the words that mark their messages. */
    private enum Kind {
        PROPERTY("物业纠纷", 25, "物业", "业委会", "业主委员会"),
        LABOUR("劳动争议", 20, "工资", "拖欠", "欠薪", "劳动", "社保", "工伤", "辞退", "农民工"),
        LAND("土地纠纷", 15, "宅基地", "土地", "征地", "承包", "拆迁", "补偿款"),
        FAMILY("婚姻家庭", 5, "离婚", "赡养", "继承", "再婚", "家暴", "抚养"),
        NEIGHBOURS("邻里纠纷", 30, "邻居", "邻里", "楼上", "楼下", "噪音", "扰民", "漏水", "占用", "油烟"),
        OTHER("其他", 5, "纠纷", "矛盾");

        final String register;
        final int percent;
        final String[] words;

        Kind(String register, int percent, String... words) {
            this.register = register;
            this.percent = percent;
            this.words = words;
        }

        /** The first kind whose words the title names, else the first the content names; null when none. */
        static Kind of(DemoMessage message) {
            for (String text : List.of(message.title(), message.content())) {
                for (Kind kind : values()) {
                    for (String word : kind.words) {
                        if (text.contains(word)) {
                            return kind;
                        }
                    }
                }
            }
            return null;
        }
    }

    /** Each kind's sides, the terms its agreements set, and where it goes when mediation fails. */
    private static final Map<Kind, String[]> SIDES = Map.of(
            Kind.PROPERTY, new String[]{"业主", "物业服务企业负责人"}, Kind.LABOUR, new String[]{"劳动者", "用人单位负责人"},
            Kind.LAND, new String[]{"申请方", "被申请方"}, Kind.FAMILY, new String[]{"申请方", "被申请方"},
            Kind.NEIGHBOURS, new String[]{"申请方", "被申请方"}, Kind.OTHER, new String[]{"申请方", "被申请方"});

    private static final Map<Kind, String> TERMS = Map.of(
            Kind.PROPERTY, "一、物业服务企业于十五日内完成维修整改，并退还多收费用%d元；二、业主按约缴纳此后的物业服务费；",
            Kind.LABOUR, "一、用人单位于十日内一次性支付拖欠的劳动报酬%d元；二、劳动者不再就此事主张其他权利；",
            Kind.LAND, "一、双方以村委会测量确认的界址为准，被申请方拆除越界部分；二、被申请方补偿申请方损失%d元；",
            Kind.FAMILY, "一、被申请方每月支付赡养（抚养）费%d元，于每月五日前付清；二、双方今后互谅互让、和睦相处；",
            Kind.NEIGHBOURS, "一、被申请方于七日内修复并停止侵扰，赔偿申请方损失%d元；二、双方今后互谅互让、和睦相处；",
            Kind.OTHER, "一、被申请方于十日内支付申请方%d元；二、双方就此事再无其他争议；");

    private static final Map<Kind, ReferralTarget> REFERRED_TO = Map.of(
            Kind.PROPERTY, ReferralTarget.COURT, Kind.LABOUR, ReferralTarget.ARBITRATION, Kind.LAND, ReferralTarget.PETITION_OFFICE,
            Kind.FAMILY, ReferralTarget.COURT, Kind.NEIGHBOURS, ReferralTarget.COURT, Kind.OTHER, ReferralTarget.COURT);

    private static final String[] HIGH_RISK = {"一方情绪激动，扬言采取过激行为，存在民转刑风险。", "涉及人数较多，有集体上访苗头。",
            "矛盾反复发作，双方曾发生肢体冲突。"};
    private static final String[] MEDIUM_RISK = {"双方多次争执，矛盾有激化可能。", "一方表示如不解决将到上级部门反映。"};
    private static final String[] SESSION_NOTES = {"分别听取双方陈述，释法明理，双方同意继续协商。",
            "组织双方面对面调解，就主要分歧达成初步共识。", "邀请村（居）民代表和“3+N”团队成员参与，背靠背做工作，双方态度缓和。"};
    private static final String[] FOLLOW_UPS = {"电话回访，双方均已履行协议，关系和睦。", "上门回访，协议已履行完毕，当事人表示满意。",
            "回访得知双方已按法院（仲裁）结果执行，无新的矛盾。"};

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈";
    private static final String GIVEN = "建国秀英桂兰志强海燕明华玉梅红霞德明丽娟振华春生凤英文杰淑珍永刚金花伟东素芳宏伟雪梅长江晓燕国庆美玲";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchOutbox outbox;

    /**
     * Loads the year's disputes. Call once, after the demo's accounts, submissions, legal aid and patrols.
     *
     * @return what was loaded, in a few words for the log and the audit trail
     */
    public String load(Instant now) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Map<Kind, DisputeKind> kinds = em.createQuery("select k from DisputeKind k", DisputeKind.class).getResultStream()
                .filter(k -> kindNamed(k.getName()) != null)
                .collect(Collectors.toMap(k -> kindNamed(k.getName()), Function.identity(), (a, b) -> a, () -> new EnumMap<>(Kind.class)));
        TreeMap<String, Account> handlers = em.createQuery(
                        "select a from Account a join fetch a.homeArea where a.username like 'handler-%' order by a.username", Account.class)
                .getResultStream().collect(Collectors.toMap(a -> a.getHomeArea().getCode(), Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, List<Account>> mediatorsByStreet = em.createQuery(
                        "select distinct a from Account a join fetch a.homeArea join a.qualifications q where q = :mediator order by a.username",
                        Account.class)
                .setParameter("mediator", Qualification.MEDIATOR).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getHomeArea().lineage().get(1)));

        List<Planned> planned = new ArrayList<>(fromSources(now, random));
        planned.addAll(screened(PER_YEAR - planned.size(), now, random));
        planned.sort(Comparator.comparing(Planned::at));

        Map<Integer, Integer> lastNumber = new HashMap<>();
        Map<DisputeStatus, Integer> byStatus = new EnumMap<>(DisputeStatus.class);
        int count = 0;
        for (Planned p : planned) {
            Account handler = handlerOf(p.area(), handlers);
            List<Account> streetMediators = mediatorsByStreet.getOrDefault(p.area().lineage().get(1), List.of());
            Account mediator = !streetMediators.isEmpty() && random.nextInt(100) < 40
                    ? streetMediators.get(random.nextInt(streetMediators.size())) : handler;
            int year = p.at().atZone(ZONE).getYear();
            String number = "MD-%d-%06d".formatted(year, lastNumber.merge(year, 1, Integer::sum));
            Dispute dispute = new Dispute(number, handler, filed(p, count, random), kinds.get(p.kind()), p.area(), p.at());
            dispute.cameFrom(p.submission(), p.consultation(), p.patrolId());
            work(dispute, p.kind(), handler, mediator, now, random);
            em.persist(dispute);
            outbox.announce(IndexedEntity.DISPUTE, dispute.getId());
            byStatus.merge(dispute.getStatus(), 1, Integer::sum);
            if (++count % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        lastNumber.forEach((year, last) -> em.createNativeQuery(
                        "INSERT INTO number_counter (kind, counter_year, last_value) VALUES ('MD', ?1, ?2)")
                .setParameter(1, year).setParameter(2, last).executeUpdate());
        em.flush();
        return "%d disputes %s in %d ms".formatted(count, byStatus, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Disputes turned from the demo's dispute submissions and referred consultations, a day or two after they came in
     * (those of the last day or two are not yet).
     */
    private List<Planned> fromSources(Instant now, Random random) {
        List<Planned> planned = new ArrayList<>();
        // The areas are selected with their records, as the records' own are loaded lazily and the loading clears as it goes.
        List<Object[]> referred = em.createQuery(
                "select c, a from Consultation c join c.submission s join s.area a order by c.id", Object[].class).getResultList();
        for (Object[] row : referred) {
            Consultation c = (Consultation) row[0];
            plan(planned, c.getSubmission(), (Area) row[1], c, now, random);
        }
        List<Object[]> submissions = em.createQuery("""
                        select s, a from Submission s join s.area a where s.type = :dispute
                        and not exists (select c.id from Consultation c where c.submission = s) order by s.id""", Object[].class)
                .setParameter("dispute", SubmissionType.DISPUTE).getResultList();
        for (Object[] row : submissions) {
            plan(planned, (Submission) row[0], (Area) row[1], null, now, random);
        }
        return planned;
    }

    /** Plans the dispute turned from a submission (or the consultation it was referred from) unless that is still to come. */
    private static void plan(List<Planned> planned, Submission s, Area area, Consultation consultation, Instant now, Random random) {
        Instant at = s.getCreatedAt().plus(Duration.ofHours(2 + random.nextInt(46)));
        if (at.isBefore(now)) {
            planned.add(new Planned(at, area, kindOf(s), new DemoMessage(s.getTitle(), s.getContent(), ""),
                    consultation == null ? s : null, consultation, null, s.getCitizenName()));
        }
    }

    /**
     * Disputes found by screening or on patrols, in grids all over the district on days all over the year, each kind in
     * its share, made of the messages that read like one of that kind (each used in turn before any again).
     */
    private List<Planned> screened(int count, Instant now, Random random) {
        List<Area> grids = em.createQuery("select a from Area a where a.kind in :kinds order by a.code", Area.class)
                .setParameter("kinds", AreaKind.of(AreaLevel.GRID)).getResultList();
        Map<Kind, List<DemoMessage>> messages = new EnumMap<>(Kind.class);
        for (DemoMessage message : DemoMessage.readAll()) {
            Kind kind = Kind.of(message);
            if (kind != null) {
                messages.computeIfAbsent(kind, k -> new ArrayList<>()).add(message);
            }
        }
        messages.values().forEach(list -> Collections.shuffle(list, random));
        Map<Long, List<Object[]>> patrolsByGrid = em.createQuery(
                        "select p.area.id, p.id, p.startedAt from Patrol p order by p.startedAt", Object[].class)
                .getResultStream().collect(Collectors.groupingBy(r -> (Long) r[0]));
        Map<Kind, Integer> used = new EnumMap<>(Kind.class);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = kindByShare(random);
            List<DemoMessage> ofKind = messages.get(kind);
            DemoMessage message = ofKind.get(used.merge(kind, 1, Integer::sum) % ofKind.size());
            Area grid = grids.get(random.nextInt(grids.size()));
            Instant at = daytime(now.minus(Duration.ofDays(random.nextInt(365))), random);
            at = at.isAfter(now) ? now.minus(Duration.ofMinutes(1 + random.nextInt(120))) : at;
            Long patrolId = random.nextInt(100) < 25 ? lastPatrolBefore(patrolsByGrid.get(grid.getId()), at) : null;
            planned.add(new Planned(at, grid, kind, message, null, null, patrolId, null));
        }
        return planned;
    }

    /** The dispute as filed: the message's title and text, two parties (made up), a risk level with its reasons. */
    private static NewDispute filed(Planned p, int index, Random random) {
        String[] sides = SIDES.get(p.kind());
        String first = p.citizen() != null ? p.citizen() : name(random);
        List<NewParty> parties = new ArrayList<>(List.of(new NewParty(first, phone(random), sides[0]),
                new NewParty(name(random), phone(random), sides[1])));
        if (random.nextInt(6) == 0) {
            parties.add(new NewParty(name(random), phone(random), sides[1]));
        }
        int roll = random.nextInt(100);
        RiskLevel risk = roll < 4 ? RiskLevel.HIGH : roll < 24 ? RiskLevel.MEDIUM : RiskLevel.LOW;
        String reasons = switch (risk) {
            case HIGH -> HIGH_RISK[random.nextInt(HIGH_RISK.length)];
            case MEDIUM -> MEDIUM_RISK[random.nextInt(MEDIUM_RISK.length)];
            case LOW -> null;
        };
        DisputeSource source = p.submission() != null ? DisputeSource.SUBMISSION
                : p.consultation() != null ? DisputeSource.CONSULTATION
                : p.patrolId() != null ? DisputeSource.PATROL : DisputeSource.SCREENING;
        return new NewDispute(UUID.nameUUIDFromBytes(("demo-dispute-" + index).getBytes(StandardCharsets.UTF_8)), p.area().getCode(),
                shorten(p.message().title(), 120), shorten(p.message().content(), 8000), p.kind().register, risk, reasons, parties,
                source, null);
    }

    /**
     * Moves the dispute along as far as its age says: assigned within a day, one to three sessions a few days apart,
     * resolved at the last (or, rarely, failed and referred), visited again 30 days after, closed soon after; high-risk
     * ones move faster. A step whose time has not come is not taken.
     */
    private static void work(Dispute d, Kind kind, Account handler, Account mediator, Instant now, Random random) {
        boolean high = d.getRiskLevel() == RiskLevel.HIGH;
        Instant t = d.getCreatedAt().plus(Duration.ofMinutes(30 + random.nextInt(high ? 240 : 1200)));
        if (t.isAfter(now)) {
            return;
        }
        d.apply(DisputeAction.ASSIGN, mediator, null, null, null, handler.getUsername(),
                mediator.getDisplayName() + " (" + mediator.getUsername() + ")", t);
        String place = d.getArea().getName().replaceAll("第\\d+网格$", "") + "人民调解室";
        String attendees = d.getParties().stream().map(DisputeParty::getName).collect(Collectors.joining("、")) + "、"
                + mediator.getDisplayName();
        int sessions = 1 + random.nextInt(3);
        for (int i = 0; i < sessions; i++) {
            t = daytime(t.plus(Duration.ofDays(high ? random.nextInt(2) + 1 : 1 + random.nextInt(5))), random);
            if (t.isAfter(now)) {
                return;
            }
            String notes = SESSION_NOTES[Math.min(i, SESSION_NOTES.length - 1)];
            d.apply(DisputeAction.MEDIATE, null, new MediationSession(d, t, place, attendees, notes, mediator.getUsername()), null,
                    null, mediator.getUsername(), notes, t);
        }
        if (random.nextInt(1000) < FAILED_PER_THOUSAND) {
            d.apply(DisputeAction.FAIL, null, null, null, null, mediator.getUsername(), "双方分歧较大，经多次调解未能达成一致。", t);
            t = t.plus(Duration.ofDays(1 + random.nextInt(3)));
            if (t.isAfter(now)) {
                return;
            }
            d.apply(DisputeAction.REFER, null, null, null, REFERRED_TO.get(kind), mediator.getUsername(), null, t);
        } else {
            String agreement = TERMS.get(kind).formatted(500 * (1 + random.nextInt(40)))
                    + "三、双方自愿达成本协议，今后不再因此事发生争执；四、本协议自双方签字之日起生效。";
            d.apply(DisputeAction.RESOLVE, null, null, agreement, null, mediator.getUsername(), null, t);
        }
        t = daytime(d.getFollowUpDue().plus(Duration.ofDays(random.nextInt(4))), random);
        if (t.isAfter(now)) {
            return;
        }
        d.apply(DisputeAction.FOLLOW_UP, null, null, null, null, mediator.getUsername(),
                FOLLOW_UPS[d.getStatus() == DisputeStatus.REFERRED ? 2 : random.nextInt(2)], t);
        t = t.plus(Duration.ofHours(1 + random.nextInt(48)));
        if (t.isAfter(now) || random.nextInt(10) == 0) {
            return;
        }
        d.apply(DisputeAction.CLOSE, null, null, null, null, mediator.getUsername(), null, t);
    }

    private static Kind kindByShare(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= kind.percent;
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.OTHER;
    }

    private static Kind kindNamed(String registerName) {
        for (Kind kind : Kind.values()) {
            if (kind.register.equals(registerName)) {
                return kind;
            }
        }
        return null;
    }

    private static Kind kindOf(Submission s) {
        Kind kind = Kind.of(new DemoMessage(s.getTitle(), s.getContent(), ""));
        return kind == null ? Kind.OTHER : kind;
    }

    /** The id of the grid's last patrol started before {@code at}, or null when none. */
    private static Long lastPatrolBefore(List<Object[]> patrols, Instant at) {
        Long last = null;
        for (Object[] patrol : patrols == null ? List.<Object[]>of() : patrols) {
            if (!((Instant) patrol[2]).isBefore(at)) {
                break;
            }
            last = (Long) patrol[1];
        }
        return last;
    }

    /** The same day at a time between 8:30 and 17:30 in the district. */
    private static Instant daytime(Instant day, Random random) {
        return day.atZone(ZONE).toLocalDate().atTime(8, 30).plusMinutes(random.nextInt(9 * 60)).atZone(ZONE).toInstant();
    }

    /**
     * Who files and first works a dispute of the area: the handler whose home it is (handler-a's grid), else its
     * community's handler; for a street's dispute (a legal-aid event's), the handler of its first community.
     */
    private static Account handlerOf(Area area, TreeMap<String, Account> handlers) {
        List<String> lineage = area.lineage();
        Account own = handlers.getOrDefault(area.getCode(), handlers.get(lineage.get(Math.min(2, lineage.size() - 1))));
        return own != null ? own : handlers.ceilingEntry(area.getCode()).getValue();
    }

    private static String name(Random random) {
        int given = random.nextInt(GIVEN.length() / 2);
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? GIVEN.substring(2 * given, 2 * given + 2)
                : GIVEN.substring(2 * given, 2 * given + 1));
    }

    /** A made-up mobile number in a range the demo keeps to itself. */
    private static String phone(Random random) {
        return "1390000%04d".formatted(random.nextInt(10_000));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A dispute to load: when, where, of which kind, from which message, and where it came from (none when screened). */
    private record Planned(Instant at, Area area, Kind kind, DemoMessage message, Submission submission, Consultation consultation,
                           Long patrolId, String citizen) {
    }
}
