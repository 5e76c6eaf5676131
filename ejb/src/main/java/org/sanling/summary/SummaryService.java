package org.sanling.summary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.platform.OutOfScopeException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily summaries (日报) and the 三零 board for leaders and admins, each within their scope: a leader sees
 * their home area and what lies below it, an admin everything. Areas are given by code; none means the caller's
 * home area. Days are days in Asia/Shanghai; figures come from what {@link SummaryComputer} stored.
 * Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class SummaryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private SummaryComputer computer;

    @Inject
    private Clock clock;

    /**
     * The 日报 of a day: the area's figures and its children's.
     *
     * @param date the day; null for today
     * @throws AreaNotFoundException if no area has the code (a bad request, on the field areaCode)
     * @throws OutOfScopeException   if the area lies outside the caller's scope
     */
    public DailySummary daily(String areaCode, LocalDate date) {
        Area area = scoped(areaCode);
        LocalDate day = date == null ? today() : date;
        PeriodSummary period = rollUp(area, day, day);
        return new DailySummary(day, period.daysComputed() == 1, period.area(), period.children());
    }

    /**
     * The area's figures for each day from {@code from} to {@code to} (both included; days not computed count
     * as nothing), for charts such as received against resolved per day.
     *
     * @throws InvalidPeriodException if the range is backwards or longer than {@link Periods#MAX_DAYS}
     */
    public List<DayFigures> series(String areaCode, LocalDate from, LocalDate to) {
        Area area = scoped(areaCode);
        Periods.requireRange(from, to);
        Map<LocalDate, Figures> stored = new HashMap<>();
        rows(List.of(area.getId()), from, to).forEach(row -> stored.put(row.date(), row.figures()));
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new DayFigures(day, stored.getOrDefault(day, Figures.ZERO)));
        }
        return days;
    }

    /** The week (Monday to Sunday) of the given day, null for today, rolled up from its days. */
    public PeriodSummary weekly(String areaCode, LocalDate day) {
        Area area = scoped(areaCode);
        LocalDate monday = (day == null ? today() : day).with(DayOfWeek.MONDAY);
        return rollUp(area, monday, monday.plusDays(6));
    }

    /** The calendar month, null for this month, rolled up from its days. */
    public PeriodSummary monthly(String areaCode, YearMonth month) {
        Area area = scoped(areaCode);
        YearMonth m = month == null ? YearMonth.from(today()) : month;
        return rollUp(area, m.atDay(1), m.atEndOfMonth());
    }

    /**
     * The 三零 board of a month below the area (the area itself included if it is a street or community): as the
     * monthly job stored it, or counted now for a month it has not stored (the current one).
     *
     * @param month null for this month
     */
    public SanlingBoard board(String areaCode, YearMonth month) {
        Area area = scoped(areaCode);
        YearMonth m = month == null ? YearMonth.from(today()) : month;
        return computer.board(area, m);
    }

    /**
     * Computes the days from {@code from} to {@code to} again (administrators), each in a transaction of its
     * own, replacing what was stored for them.
     *
     * @throws InvalidPeriodException if the range is backwards or longer than {@link Periods#MAX_DAYS}
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Backfill backfill(LocalDate from, LocalDate to) {
        Periods.requireRange(from, to);
        long started = System.nanoTime();
        long rows = 0;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            rows += computer.computeDay(day, clock.instant());
            days++;
        }
        return new Backfill(from, to, days, rows, (System.nanoTime() - started) / 1_000_000);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SummaryComputer.ZONE));
    }

    /** The area with the code, or the caller's home area, if the caller governs it. */
    private Area scoped(String areaCode) {
        String code = areaCode == null || areaCode.isBlank() ? currentCaller.get().homeAreaCode() : areaCode.strip();
        return areas.governed(code);
    }

    /** The area and its children over the days, each folded from the days computed (a missing row: nothing). */
    private PeriodSummary rollUp(Area area, LocalDate from, LocalDate to) {
        List<Area> children = em.createQuery("select a from Area a where a.parent = :p order by a.code", Area.class)
                .setParameter("p", area).getResultList();
        @SuppressWarnings("unchecked")
        List<LocalDate> computed = ((List<Object>) em.createNativeQuery(
                        "SELECT summary_date FROM summary_day WHERE summary_date >= ?1 AND summary_date <= ?2")
                .setParameter(1, from).setParameter(2, to).getResultList()).stream().map(Dates::local).toList();
        List<Long> ids = new ArrayList<>();
        ids.add(area.getId());
        children.forEach(c -> ids.add(c.getId()));
        Map<Long, Map<LocalDate, Figures>> byArea = new HashMap<>();
        rows(ids, from, to).forEach(row -> byArea.computeIfAbsent(row.areaId(), id -> new TreeMap<>())
                .put(row.date(), row.figures()));
        List<AreaFigures> childFigures = children.stream()
                .map(c -> figures(c, fold(computed, byArea.getOrDefault(c.getId(), Map.of())))).toList();
        return new PeriodSummary(from, to, computed.size(),
                figures(area, fold(computed, byArea.getOrDefault(area.getId(), Map.of()))), childFigures);
    }

    /** The figures of the computed days in order, one after another. */
    static Figures fold(List<LocalDate> computedDays, Map<LocalDate, Figures> stored) {
        Figures total = Figures.ZERO;
        for (LocalDate day : new TreeSet<>(computedDays)) {
            total = total.followedBy(stored.getOrDefault(day, Figures.ZERO));
        }
        return total;
    }

    private static AreaFigures figures(Area area, Figures figures) {
        return new AreaFigures(area.getCode(), area.getName(), area.getLevel(), figures);
    }

    private record Row(long areaId, LocalDate date, Figures figures) {
    }

    private List<Row> rows(List<Long> areaIds, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT area_id, summary_date, " + SummaryComputer.FIGURE_COLUMNS
                        + " FROM area_day_summary WHERE area_id IN (:ids) AND summary_date >= :from AND summary_date <= :to")
                .setParameter("ids", areaIds).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> {
            long[] counts = new long[Figures.SIZE];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = ((Number) r[2 + i]).longValue();
            }
            return new Row(((Number) r[0]).longValue(), Dates.local(r[1]), Figures.of(counts));
        }).toList();
    }

}
