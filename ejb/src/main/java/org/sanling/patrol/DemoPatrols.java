package org.sanling.patrol;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.supervision.DemoMessage;
import org.sanling.supervision.DemoSubmissions;
import org.sanling.supervision.DemoSubmissions.MetOnPatrol;
import org.sanling.supervision.Submission;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo district's grid patrols over the last year, at the news report's scale (共出动网格员3.6万余人次): 40 to 44
 * daytime patrols in each of its 866 grids (about 3.5 a month), walked by the community's handler (handler-a walks
 * its own grid), some with notes. Their events are real citizen messages about hazards and disorder
 * ({@link DemoMessage}), filed as submissions by {@link DemoSubmissions#fileMetOnPatrols}, most handled on the spot.
 * The report's 12万余件 events (3.3 a patrol) would be 120,000 submissions, each indexed for search: too many to load
 * and index at every fresh demo start, so the demo records {@link #EVENT_SHARE_PERCENT} % of them (see the README).
 * Written directly, as no caller exists at start-up. Deterministic for a given day (a fixed seed).
 */
@Stateless
public class DemoPatrols {

    /** The report's events per patrol: 处置事件12万余件 over 出动3.6万余人次. */
    private static final double REPORTED_EVENTS_PER_PATROL = 120_000.0 / 36_000;

    /**
     * The share of the report's events the demo files (%): each is a submission, which the year's daily summaries
     * computed at the demo's start read again for every day; a tenth of them added 27 s (docs/benchmarks.md).
     */
    private static final int EVENT_SHARE_PERCENT = 3;

    private static final int ON_SPOT_PERCENT = 85;
    private static final long SEED = 20261208L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int FLUSH_EVERY = 500;

    /** The words of a message about something a handler meets in the street. */
    private static final Pattern MET_IN_THE_STREET = Pattern.compile(
            "隐患|安全|消防|垃圾|占道|井盖|路灯|积水|违章|违建|乱停|停车|噪音|油烟|污水|电动车|堆放|卫生|扰民|破损|路面");

    private static final String[] NOTES = {"巡查%s，楼道、消防通道通畅，未发现新的隐患。", "走访%s独居老人和重点人员，情况稳定。",
            "检查%s沿街商铺消防器材和门前三包落实情况。", "在%s排查矛盾纠纷，群众反映平稳。"};
    private static final String[] DONE = {"已现场劝导当事人整改，恢复原状。", "已现场清理并拍照留存。", "已联系物业现场处理完毕。",
            "已设置警示标志并通知维修，现场隐患已消除。"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DemoSubmissions submissions;

    /**
     * Loads the year's patrols and their events. Call once, after the demo's accounts and submissions.
     *
     * @return what was loaded, in a few words for the log and the audit trail
     */
    public String load(Instant now) {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        List<Area> grids = em.createQuery("select a from Area a where a.kind in :kinds order by a.code", Area.class)
                .setParameter("kinds", AreaKind.of(AreaLevel.GRID)).getResultList();
        Map<String, Account> handlers = em.createQuery(
                        "select a from Account a join fetch a.homeArea where a.username like 'handler-%'", Account.class)
                .getResultStream().collect(Collectors.toMap(a -> a.getHomeArea().getCode(), Function.identity()));
        List<DemoMessage> messages = DemoMessage.readAll().stream().filter(m -> MET_IN_THE_STREET.matcher(m.title()).find()).toList();
        double eventsPerPatrol = REPORTED_EVENTS_PER_PATROL * EVENT_SHARE_PERCENT / 100;

        List<MetOnPatrol> met = new ArrayList<>();
        List<Long> metOn = new ArrayList<>();
        int patrols = 0;
        for (Area grid : grids) {
            Account handler = handlers.getOrDefault(grid.getCode(), handlers.get(grid.lineage().get(2)));
            int count = 40 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Instant start = now.atZone(ZONE).toLocalDate().minusDays(1 + random.nextInt(365)).atTime(8, 0)
                        .plusMinutes(random.nextInt(8 * 60)).atZone(ZONE).toInstant();
                Instant end = start.plus(Duration.ofMinutes(45 + random.nextInt(106)));
                String notes = random.nextInt(10) < 4 ? NOTES[random.nextInt(NOTES.length)].formatted(grid.getName()) : null;
                Patrol patrol = new Patrol(new NewPatrol(uuid("demo-patrol-" + patrols), start, end, notes), handler, grid, end);
                em.persist(patrol);
                patrols++;
                int events = (int) eventsPerPatrol + (random.nextDouble() < eventsPerPatrol % 1 ? 1 : 0);
                for (int e = 0; e < events; e++) {
                    Instant at = start.plusSeconds(random.nextLong(Duration.between(start, end).toSeconds()));
                    met.add(new MetOnPatrol(uuid("demo-patrol-event-" + met.size()), messages.get(random.nextInt(messages.size())),
                            handler, grid, at, random.nextInt(100) < ON_SPOT_PERCENT, DONE[random.nextInt(DONE.length)]));
                    metOn.add(patrol.getId());
                }
                if (patrols % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        em.flush();
        em.clear();
        List<Long> filed = submissions.fileMetOnPatrols(met, now, random);
        long onSpot = 0;
        for (int i = 0; i < met.size(); i++) {
            MetOnPatrol event = met.get(i);
            em.persist(new PatrolEvent(em.getReference(Patrol.class, metOn.get(i)), event.clientId(),
                    em.getReference(Submission.class, filed.get(i)), event.onSpot(), event.at()));
            onSpot += event.onSpot() ? 1 : 0;
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return "%d patrols with %d events (%d handled on the spot; %d %% of the report's 3.3 a patrol) in %d ms".formatted(
                patrols, met.size(), onSpot, EVENT_SHARE_PERCENT, (System.nanoTime() - started) / 1_000_000);
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
