package org.sanling.supervision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.search.IndexedEntity;
import org.sanling.search.SearchOutbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Demo submissions for the demo district: real citizen messages ({@link DemoMessage}: 第八届泰迪杯数据挖掘挑战赛 C题,
 * TipDM, 2020) filed over the last twelve months in grids all over the district,
 * in every state of the workflow, the official reply as the resolution note, some overdue. Their
 * history is written as it would have happened, step by step. Deterministic (a fixed seed).
 */
@Stateless
public class DemoSubmissions {

    private static final long SEED = 20261126L;
    private static final String REFERRAL_RESOLUTION = "经社区人民调解委员会调解，双方达成一致意见，纠纷已化解。";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SearchOutbox outbox;

    @Inject
    private SubmissionNumbers numbers;

    /** Files and works the demo submissions; returns how many. Call once, on an empty district. */
    public int load(Instant now) {
        Random random = new Random(SEED);
        List<Area> grids = em.createQuery("select a from Area a where a.kind in :kinds order by a.code", Area.class)
                .setParameter("kinds", AreaKind.of(AreaLevel.GRID)).getResultList();
        List<Account> supervisors = withRole(Role.SUPERVISOR);
        List<Account> handlers = handlersNearestFirst();
        Map<String, Account> leaders = leadersByHome();
        List<Category> categories = em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
        List<DemoMessage> messages = DemoMessage.readAll();

        List<Pending> pending = new ArrayList<>();
        for (DemoMessage message : messages) {
            Instant filed = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            pending.add(new Pending(message, filed, grids.get(random.nextInt(grids.size())),
                    supervisors.get(random.nextInt(supervisors.size()))));
        }
        pending.sort((a, b) -> a.filed.compareTo(b.filed));

        Map<Integer, Integer> lastNumber = new HashMap<>();
        int count = 0;
        for (Pending p : pending) {
            int year = p.filed.atZone(DeadlinePolicy.ZONE).getYear();
            int number = lastNumber.merge(year, 1, Integer::sum);
            DemoMessage m = p.message;
            SubmissionType type = typeOf(m.title());
            var filed = new NewSubmission(UUID.nameUUIDFromBytes(("demo-" + count).getBytes(StandardCharsets.UTF_8)), type,
                    null, null, null, m.title(), m.content(), random.nextInt(10) == 0 ? Urgency.URGENT : Urgency.NORMAL,
                    dimensionOf(type, m.title()), null, null, null, false);
            Submission submission = new Submission("SQ-%d-%06d".formatted(year, number), filed.clientId(), p.submitter,
                    filed, categoryOf(m.title() + m.content(), categories), p.grid, p.filed);
            live(submission, p, m.reply(), leaders, handlers, now, random);
            em.persist(submission);
            outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
            if (++count % 200 == 0) {
                em.flush();
                em.clear();
            }
        }
        saveLastNumbers(lastNumber);
        return count;
    }

    /** Writes the submissions' counters: the last number given out in each year. */
    private void saveLastNumbers(Map<Integer, Integer> lastNumber) {
        lastNumber.forEach((year, last) -> {
            em.createNativeQuery("DELETE FROM number_counter WHERE kind = 'SQ' AND counter_year = ?1").setParameter(1, year)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO number_counter (kind, counter_year, last_value) VALUES ('SQ', ?1, ?2)")
                    .setParameter(1, year).setParameter(2, last).executeUpdate();
        });
    }

    /**
     * Files a referral of another feature's demo (a legal-aid consultation that became a dispute) at
     * {@code at}, as the portal would have: numbered after the demo's submissions, worked along its workflow
     * as far as its age and {@code random} say, announced to search. Call after {@link #load}.
     */
    public Submission fileReferral(NewSubmission filed, Account submitter, Instant at, Instant now, Random random) {
        Area area = em.createQuery("select a from Area a where a.code = :code", Area.class)
                .setParameter("code", filed.areaCode()).getSingleResult();
        Category category = byName(filed.category(),
                em.createQuery("select c from Category c order by c.position", Category.class).getResultList());
        Submission submission = new Submission(numbers.next(at), filed.clientId(), submitter, filed, category, area, at);
        live(submission, new Pending(null, at, area, submitter), REFERRAL_RESOLUTION, leadersByHome(), handlersNearestFirst(),
                now, random);
        em.persist(submission);
        outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
        return submission;
    }

    /** An event a demo patrol met: filed by the grid's handler at {@code at}, handled there and then or left to the queue. */
    public record MetOnPatrol(UUID clientId, DemoMessage message, Account handler, Area grid, Instant at, boolean onSpot,
                              String whatWasDone) {
    }

    /**
     * Files the events of the demo's patrols as {@code PatrolService} would: a hazard in the patrol's grid, resolved
     * at once when handled on the spot (its timeline says so), otherwise worked along from the grid's queue as far
     * as its age and {@code random} say; each announced to search. Numbered after the submissions filed so far, in
     * the order given, with the counters read and written once rather than per number, as thousands are filed.
     * Call after {@link #load}.
     *
     * @return the submissions' ids, in the order of {@code events}
     */
    public List<Long> fileMetOnPatrols(List<MetOnPatrol> events, Instant now, Random random) {
        List<Category> categories = em.createQuery("select c from Category c order by c.position", Category.class).getResultList();
        Map<String, Account> leaders = leadersByHome();
        List<Account> handlers = handlersNearestFirst();
        Map<Integer, Integer> lastNumber = new HashMap<>();
        em.createNativeQuery("SELECT counter_year, last_value FROM number_counter WHERE kind = 'SQ'").getResultList()
                .forEach(row -> lastNumber.put(((Number) ((Object[]) row)[0]).intValue(), ((Number) ((Object[]) row)[1]).intValue()));
        List<Long> ids = new ArrayList<>(events.size());
        for (MetOnPatrol met : events) {
            int year = met.at().atZone(DeadlinePolicy.ZONE).getYear();
            var filed = new NewSubmission(met.clientId(), SubmissionType.HAZARD, null, met.grid().getCode(), null,
                    met.message().title(), met.message().content(), Urgency.NORMAL, SanlingDimension.NONE, met.at(), null,
                    null, false);
            Submission submission = new Submission("SQ-%d-%06d".formatted(year, lastNumber.merge(year, 1, Integer::sum)),
                    met.clientId(), met.handler(), filed, categoryOf(met.message().title() + met.message().content(), categories),
                    met.grid(), met.at());
            if (met.onSpot()) {
                submission.apply(SubmissionAction.HANDLE_ON_SPOT, SubmissionWorkflow.next(SubmissionAction.HANDLE_ON_SPOT),
                        met.handler(), met.handler().getUsername(), met.whatWasDone(), met.at());
            } else {
                live(submission, new Pending(met.message(), met.at(), met.grid(), met.handler()), met.message().reply(), leaders,
                        handlers, now, random);
            }
            em.persist(submission);
            outbox.announce(IndexedEntity.SUBMISSION, submission.getId());
            ids.add(submission.getId());
            if (ids.size() % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        saveLastNumbers(lastNumber);
        return ids;
    }

    /** Deepest home first, so the first handler whose home contains an area is the area's nearest. */
    private List<Account> handlersNearestFirst() {
        return withRole(Role.HANDLER).stream()
                .sorted(Comparator.comparing((Account a) -> -a.getHomeArea().getPath().length())).toList();
    }

    private Map<String, Account> leadersByHome() {
        Map<String, Account> leaders = new HashMap<>();
        withRole(Role.LEADER).forEach(l -> leaders.put(l.getHomeArea().getCode(), l));
        return leaders;
    }

    /** Moves a demo submission along its workflow as far as its age and chance say. */
    private void live(Submission s, Pending p, String reply, Map<String, Account> leaders, List<Account> handlers,
                      Instant now, Random random) {
        long ageDays = Duration.between(p.filed, now).toDays();
        int roll = random.nextInt(100);
        int steps;
        if (ageDays > 30) {
            steps = roll < 75 ? 5 : roll < 85 ? 4 : roll < 90 ? -1 : roll < 95 ? 3 : 2;
        } else {
            steps = roll < 20 ? 0 : roll < 45 ? 2 : roll < 65 ? 3 : roll < 85 ? 4 : 5;
        }
        Account leader = leaderOf(s.getArea(), leaders);
        Account handler = handlers.stream().filter(h -> s.getArea().isWithin(h.getHomeArea())).findFirst().orElse(null);
        Instant t = p.filed.plus(Duration.ofMinutes(30 + random.nextInt(600)));
        if (steps == -1 || handler == null) {
            if (steps != 0) {
                s.apply(SubmissionAction.REJECT, SubmissionStatus.REJECTED, null, leader.getUsername(),
                        "经核实，该事项不属于社区网格受理范围，已告知反映人通过相关部门或司法途径解决。", t);
            }
            return;
        }
        String[] actors = {null, leader.getUsername(), handler.getUsername(), handler.getUsername(), p.submitter.getUsername()};
        SubmissionAction[] actions = {null, SubmissionAction.ACCEPT, SubmissionAction.START, SubmissionAction.RESOLVE,
                SubmissionAction.CONFIRM};
        for (int step = 1; step < steps && step < actions.length; step++) {
            if (t.isAfter(now)) {
                return;
            }
            SubmissionAction action = actions[step];
            s.apply(action, SubmissionWorkflow.next(action), null, actors[step], action == SubmissionAction.RESOLVE ? reply : null, t);
            if (action == SubmissionAction.ACCEPT) {
                s.apply(SubmissionAction.DISPATCH, SubmissionStatus.DISPATCHED, handler, actors[step],
                        handler.getDisplayName() + " (" + handler.getUsername() + ")", t);
            }
            t = t.plus(Duration.ofHours(2 + random.nextInt(72)));
        }
    }

    private Account leaderOf(Area area, Map<String, Account> leaders) {
        for (int i = area.lineage().size() - 1; i >= 0; i--) {
            Account leader = leaders.get(area.lineage().get(i));
            if (leader != null) {
                return leader;
            }
        }
        throw new IllegalStateException("the demo district has a district leader");
    }

    private List<Account> withRole(Role role) {
        return em.createQuery("select a from Account a where :role member of a.roles order by a.username", Account.class)
                .setParameter("role", role).getResultList();
    }

    private static SubmissionType typeOf(String title) {
        if (title.contains("建议") || title.contains("希望")) {
            return SubmissionType.SUGGESTION;
        }
        if (title.contains("隐患") || title.contains("安全")) {
            return SubmissionType.HAZARD;
        }
        if (title.contains("纠纷") || title.contains("矛盾") || title.contains("拖欠")) {
            return SubmissionType.DISPUTE;
        }
        return title.contains("为什么") || title.contains("咨询") ? SubmissionType.OPINION : SubmissionType.COMPLAINT;
    }

    private static SanlingDimension dimensionOf(SubmissionType type, String title) {
        if (type == SubmissionType.HAZARD) {
            return SanlingDimension.SAFETY;
        }
        if (title.contains("盗") || title.contains("诈骗") || title.contains("治安")) {
            return SanlingDimension.PUBLIC_SECURITY;
        }
        return type == SubmissionType.DISPUTE ? SanlingDimension.PETITION : SanlingDimension.NONE;
    }

    /** The category whose keywords the text mentions first in this order; 城市管理 otherwise. */
    private static Category categoryOf(String text, List<Category> categories) {
        String[][] keywords = {
                {"物业管理", "物业"}, {"消防安全", "消防", "火灾"}, {"劳动保障", "工资", "社保", "拖欠", "劳动"},
                {"教育", "学校", "学生", "教育", "学位"}, {"医疗卫生", "医院", "医疗", "医保"},
                {"交通出行", "交通", "公交", "停车", "道路", "红绿灯"}, {"环境卫生", "垃圾", "噪音", "污染", "油烟", "臭"},
                {"治安", "治安", "盗", "诈骗"}, {"邻里纠纷", "邻居", "纠纷"}};
        for (String[] group : keywords) {
            for (int i = 1; i < group.length; i++) {
                if (text.contains(group[i])) {
                    return byName(group[0], categories);
                }
            }
        }
        return byName("城市管理", categories);
    }

    private static Category byName(String name, List<Category> categories) {
        return categories.stream().filter(c -> c.getName().equals(name)).findFirst().orElse(categories.get(0));
    }

    private record Pending(DemoMessage message, Instant filed, Area grid, Account submitter) {
    }
}
