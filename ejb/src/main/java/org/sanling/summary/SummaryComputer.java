package org.sanling.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.area.Area;
import org.sanling.area.AreaKind;
import org.sanling.area.AreaLevel;
import org.sanling.dispute.DisputeAction;
import org.sanling.dispute.DisputeStatus;
import org.sanling.dispute.RiskLevel;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.volunteer.Attendance;
import org.sanling.volunteer.CampaignStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes and stores the daily summaries and the monthly 三零 board. A day is counted from that day's records
 * only (each query is a range on an indexed time), per area in a handful of grouped queries, then rolled up the
 * area tree in memory. Run by jobs and the demo, without a caller.
 * Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
public class SummaryComputer {

    /** Days of the summaries: midnight to midnight in Asia/Shanghai. */
    public static final ZoneId ZONE = DeadlinePolicy.ZONE;

    private static final Set<SubmissionStatus> OPEN = EnumSet.copyOf(
            Arrays.stream(SubmissionStatus.values()).filter(SubmissionStatus::isOpen).toList());

    private static final String[] COLUMNS = {"received", "accepted", "rejected", "resolved", "closed", "reopened",
            "overdue", "disputes_screened", "disputes_resolved", "volunteer_person_times", "volunteer_minutes",
            "legal_aid_events", "consultations", "people_reached", "patrols", "patrol_events", "events_on_spot",
            "high_risk_disputes_open"};

    /** The columns of area_day_summary holding {@link Figures}, in its components' order. */
    static final String FIGURE_COLUMNS = String.join(", ", COLUMNS);

    private static final int RECEIVED = 0;
    private static final int OVERDUE = 6;
    private static final int DISPUTES_SCREENED = 7;
    private static final int DISPUTES_RESOLVED = 8;
    private static final int PERSON_TIMES = 9;
    private static final int MINUTES = 10;
    private static final int EVENTS = 11;
    private static final int CONSULTATIONS = 12;
    private static final int PEOPLE_REACHED = 13;
    private static final int PATROLS = 14;
    private static final int PATROL_EVENTS = 15;
    private static final int EVENTS_ON_SPOT = 16;
    private static final int HIGH_RISK_DISPUTES_OPEN = 17;
    private static final Map<String, Integer> ACTION_COLUMNS = Map.of(
            SubmissionAction.ACCEPT.name(), 1, SubmissionAction.REJECT.name(), 2, SubmissionAction.RESOLVE.name(), 3,
            SubmissionAction.CONFIRM.name(), 4, SubmissionAction.REOPEN.name(), 5,
            SubmissionAction.HANDLE_ON_SPOT.name(), 3);

    /** The counts of sanling_board_entry: {@link BoardCounts} in its components' order, the field work's flattened. */
    private static final String BOARD_COLUMNS = "petitions, accidents, criminal_cases, received, resolved, responded,"
            + " response_minutes, patrols, patrol_events, events_on_spot, disputes_screened, disputes_resolved,"
            + " high_risk_disputes_open";

    private static final int ROWS_PER_INSERT = 200;

    /** The actions that answer a submission: its first one ends the response time. */
    private static final List<String> RESPONSES = List.of(SubmissionAction.ACCEPT.name(), SubmissionAction.REJECT.name(),
            SubmissionAction.DISPATCH.name(), SubmissionAction.START.name(), SubmissionAction.RESOLVE.name(),
            SubmissionAction.HANDLE_ON_SPOT.name());

    @PersistenceContext
    private EntityManager em;

    /**
     * Counts the day's records in every area, rolls them up the tree and stores a row for every area where
     * anything happened, replacing what an earlier run stored for the day.
     *
     * @return how many area rows it stored
     */
    public int computeDay(LocalDate day, Instant now) {
        // The day's mark, locked: two computations of one day (the job and a backfill) take turns.
        em.createNativeQuery("INSERT INTO summary_day (summary_date, computed_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, day).setParameter(2, now).executeUpdate();
        em.createNativeQuery("SELECT summary_date FROM summary_day WHERE summary_date = ?1 FOR UPDATE")
                .setParameter(1, day).getResultList();
        Instant from = day.atStartOfDay(ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<Long, long[]> own = new HashMap<>();
        countSubmissions(own, from, to);
        countActions(own, from, to);
        countOverdue(own, to);
        countVolunteering(own, from, to);
        countLegalAid(own, from, to);
        countPatrols(own, from, to);
        countDisputes(own, from, to);
        Map<Long, Figures> totals = tree().rollUp(
                own.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Figures.of(e.getValue()))),
                Figures::plus);
        em.createNativeQuery("DELETE FROM area_day_summary WHERE summary_date = ?1").setParameter(1, day).executeUpdate();
        em.createNativeQuery("UPDATE summary_day SET computed_at = ?2 WHERE summary_date = ?1")
                .setParameter(1, day).setParameter(2, now).executeUpdate();
        insert("area_day_summary (area_id, summary_date, " + FIGURE_COLUMNS + ")", totals.entrySet().stream()
                .map(row -> {
                    List<Object> values = new ArrayList<>(List.of(row.getKey(), day));
                    Arrays.stream(row.getValue().toArray()).forEach(values::add);
                    return values;
                }).toList());
        return totals.size();
    }

    /**
     * Counts the 三零 board of a month for every street and community and stores it, replacing what an earlier
     * run stored for the month.
     *
     * @return how many areas it stored
     */
    public int computeBoard(YearMonth month, Instant now) {
        Map<Long, BoardCounts> counts = countBoard(month);
        LocalDate first = month.atDay(1);
        em.createNativeQuery("DELETE FROM sanling_board_entry WHERE month_start = ?1").setParameter(1, first).executeUpdate();
        insert("sanling_board_entry (month_start, area_id, " + BOARD_COLUMNS + ", computed_at)", counts.entrySet().stream()
                .map(row -> {
                    BoardCounts c = row.getValue();
                    FieldWork w = c.fieldWork();
                    return List.<Object>of(first, row.getKey(), c.petitions(), c.accidents(), c.criminalCases(),
                            c.received(), c.resolved(), c.responded(), c.responseMinutes(), w.patrols(), w.patrolEvents(),
                            w.eventsOnSpot(), w.disputesScreened(), w.disputesResolved(), w.highRiskDisputesOpen(), now);
                }).toList());
        return counts.size();
    }

    /**
     * The 三零 board of a month for the streets and communities at or below the area, in rank order: as
     * {@link #computeBoard} stored it, or counted now for a month it has not stored (the current one).
     */
    public SanlingBoard board(Area area, YearMonth month) {
        StoredBoard stored = storedBoard(month);
        Map<Long, BoardCounts> counts = stored.counts().isEmpty() ? countBoard(month) : stored.counts();
        AreaTree tree = tree();
        Map<Long, String> codes = new HashMap<>();
        tree.nodes().forEach(n -> codes.put(n.id(), n.code()));
        List<BoardRanking.Line> lines = tree.nodes().stream()
                .filter(n -> counts.containsKey(n.id()) && n.code().startsWith(area.getCode()))
                .map(n -> new BoardRanking.Line(n, codes.get(n.parentId()), counts.get(n.id())))
                .toList();
        List<BoardEntry> streets = new ArrayList<>();
        List<BoardEntry> communities = new ArrayList<>();
        for (BoardEntry entry : BoardRanking.rank(lines)) {
            (entry.level() == AreaLevel.STREET ? streets : communities).add(entry);
        }
        return new SanlingBoard(month, area.getCode(), area.getName(), stored.computedAt(), streets, communities);
    }

    private record StoredBoard(Instant computedAt, Map<Long, BoardCounts> counts) {
    }

    private StoredBoard storedBoard(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT area_id, " + BOARD_COLUMNS
                        + ", computed_at FROM sanling_board_entry WHERE month_start = ?1")
                .setParameter(1, month.atDay(1)).getResultList();
        Map<Long, BoardCounts> counts = new HashMap<>();
        Instant computedAt = null;
        for (Object[] r : rows) {
            long[] n = new long[r.length - 2];
            for (int i = 0; i < n.length; i++) {
                n[i] = ((Number) r[1 + i]).longValue();
            }
            counts.put(((Number) r[0]).longValue(), new BoardCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6],
                    new FieldWork(n[7], n[8], n[9], n[10], n[11], n[12])));
            computedAt = Dates.instant(r[r.length - 1]);
        }
        return new StoredBoard(computedAt, counts);
    }

    /**
     * The board's counts of a month for every street and community, from the month's submissions, patrols and
     * disputes.
     */
    private Map<Long, BoardCounts> countBoard(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        Map<Long, BoardCounts> own = new HashMap<>();
        em.createQuery("""
                        select s.area.id, s.dimension, s.status, count(s) from Submission s
                        where s.createdAt >= :from and s.createdAt < :to group by s.area.id, s.dimension, s.status""",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> own.merge((Long) r[0],
                        BoardCounts.of((SanlingDimension) r[1], (SubmissionStatus) r[2], ((Number) r[3]).longValue()),
                        BoardCounts::plus));
        em.createQuery("""
                        select s.area.id, s.createdAt, min(t.at) from TimelineEntry t join t.submission s
                        where s.createdAt >= :from and s.createdAt < :to and t.action in :responses
                        group by s.id, s.area.id, s.createdAt""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("responses", RESPONSES)
                .getResultList()
                .forEach(r -> own.merge((Long) r[0],
                        BoardCounts.response(Duration.between((Instant) r[1], (Instant) r[2]).toMinutes()),
                        BoardCounts::plus));
        Map<Long, long[]> fieldWork = new HashMap<>();
        countPatrols(fieldWork, from, to);
        countDisputes(fieldWork, from, to);
        fieldWork.forEach((area, n) -> own.merge(area, BoardCounts.of(FieldWork.of(Figures.of(n))), BoardCounts::plus));
        AreaTree tree = tree();
        Set<Long> boardAreas = tree.nodes().stream()
                .filter(n -> n.level() == AreaLevel.STREET || n.level() == AreaLevel.COMMUNITY)
                .map(AreaTree.Node::id).collect(Collectors.toSet());
        Map<Long, BoardCounts> totals = tree.rollUp(own, BoardCounts::plus);
        Map<Long, BoardCounts> board = new HashMap<>();
        boardAreas.forEach(id -> board.put(id, totals.getOrDefault(id, BoardCounts.NONE)));
        return board;
    }

    /** The area tree, in one query. */
    private AreaTree tree() {
        return new AreaTree(em.createQuery("select a.id, a.parent.id, a.code, a.name, a.kind from Area a left join a.parent",
                        Object[].class)
                .getResultStream()
                .map(r -> new AreaTree.Node((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], ((AreaKind) r[4]).level()))
                .toList());
    }

    private void countSubmissions(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select s.area.id, count(s) from Submission s
                        where s.createdAt >= :from and s.createdAt < :to group by s.area.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> add(own, r[0], RECEIVED, ((Number) r[1]).longValue()));
    }

    private void countActions(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select s.area.id, t.action, count(t) from TimelineEntry t join t.submission s
                        where t.at >= :from and t.at < :to and t.action in :actions
                        group by s.area.id, t.action""", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("actions", ACTION_COLUMNS.keySet())
                .getResultList()
                .forEach(r -> add(own, r[0], ACTION_COLUMNS.get((String) r[1]), ((Number) r[2]).longValue()));
    }

    /**
     * Submissions open past their deadline at the end of the day: those unchanged since are open now, the
     * others' state at the end of the day is their last timeline entry before it. Deadlines are the current
     * ones (a reopened submission's earlier deadline is not kept).
     */
    private void countOverdue(Map<Long, long[]> own, Instant end) {
        em.createQuery("""
                        select s.area.id, count(s) from Submission s
                        where s.status in :open and s.deadline < :end and s.createdAt < :end and s.updatedAt < :end
                        group by s.area.id""", Object[].class)
                .setParameter("open", OPEN).setParameter("end", end)
                .getResultList()
                .forEach(r -> add(own, r[0], OVERDUE, ((Number) r[1]).longValue()));
        String open = OPEN.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> changedSince = em.createNativeQuery("""
                        SELECT s.area_id, COUNT(*) FROM submission s
                        WHERE s.updated_at >= ?1 AND s.created_at < ?1 AND s.deadline < ?1
                          AND (SELECT t.status_after FROM timeline_entry t WHERE t.submission_id = s.id AND t.at < ?1
                               ORDER BY t.at DESC, t.id DESC FETCH FIRST 1 ROWS ONLY) IN (%s)
                        GROUP BY s.area_id""".formatted(open))
                .setParameter(1, end)
                .getResultList();
        changedSince.forEach(r -> add(own, ((Number) r[0]).longValue(), OVERDUE, ((Number) r[1]).longValue()));
    }

    private void countVolunteering(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select c.area.id, count(g), sum(g.creditedMinutes) from Signup g join g.shift sh join sh.campaign c
                        where g.attendance = :attended and sh.startsAt >= :from and sh.startsAt < :to
                        group by c.area.id""", Object[].class)
                .setParameter("attended", Attendance.ATTENDED).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> {
                    add(own, r[0], PERSON_TIMES, ((Number) r[1]).longValue());
                    add(own, r[0], MINUTES, ((Number) r[2]).longValue());
                });
    }

    private void countLegalAid(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select e.area.id, count(e), sum(coalesce(e.peopleReached, 0)) from LegalAidEvent e
                        where e.startsAt >= :from and e.startsAt < :to and e.campaign.status <> :cancelled
                        group by e.area.id""", Object[].class)
                .setParameter("cancelled", CampaignStatus.CANCELLED).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> {
                    add(own, r[0], EVENTS, ((Number) r[1]).longValue());
                    add(own, r[0], PEOPLE_REACHED, ((Number) r[2]).longValue());
                });
        em.createQuery("""
                        select k.event.area.id, count(k) from Consultation k
                        where k.createdAt >= :from and k.createdAt < :to group by k.event.area.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> add(own, r[0], CONSULTATIONS, ((Number) r[1]).longValue()));
    }

    /** Patrols by the day they started, their events by the day they were logged, both in the patrol's grid. */
    private void countPatrols(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select p.area.id, count(p) from Patrol p
                        where p.startedAt >= :from and p.startedAt < :to group by p.area.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> add(own, r[0], PATROLS, ((Number) r[1]).longValue()));
        em.createQuery("""
                        select e.patrol.area.id, e.handledOnSpot, count(e) from PatrolEvent e
                        where e.createdAt >= :from and e.createdAt < :to group by e.patrol.area.id, e.handledOnSpot""",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> {
                    long n = ((Number) r[2]).longValue();
                    add(own, r[0], PATROL_EVENTS, n);
                    if (Boolean.TRUE.equals(r[1])) {
                        add(own, r[0], EVENTS_ON_SPOT, n);
                    }
                });
    }

    /**
     * The disputes register (矛盾纠纷排查化解): disputes by the day they were recorded, resolutions by the day of their
     * agreement, and the high-risk disputes open at {@code to}, each one's state then being its last step before.
     */
    private void countDisputes(Map<Long, long[]> own, Instant from, Instant to) {
        em.createQuery("""
                        select d.area.id, count(d) from Dispute d
                        where d.createdAt >= :from and d.createdAt < :to group by d.area.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> add(own, r[0], DISPUTES_SCREENED, ((Number) r[1]).longValue()));
        em.createQuery("""
                        select d.area.id, count(t) from DisputeStep t join t.dispute d
                        where t.at >= :from and t.at < :to and t.action = :resolve group by d.area.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("resolve", DisputeAction.RESOLVE.name())
                .getResultList()
                .forEach(r -> add(own, r[0], DISPUTES_RESOLVED, ((Number) r[1]).longValue()));
        String open = Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::isOpen)
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> highRiskOpen = em.createNativeQuery("""
                        SELECT d.area_id, COUNT(*) FROM dispute d
                        WHERE d.risk_level = ?2 AND d.created_at < ?1
                          AND (SELECT t.status_after FROM dispute_step t WHERE t.dispute_id = d.id AND t.at < ?1
                               ORDER BY t.at DESC, t.id DESC FETCH FIRST 1 ROWS ONLY) IN (%s)
                        GROUP BY d.area_id""".formatted(open))
                .setParameter(1, to).setParameter(2, RiskLevel.HIGH.name())
                .getResultList();
        highRiskOpen.forEach(r -> add(own, r[0], HIGH_RISK_DISPUTES_OPEN, ((Number) r[1]).longValue()));
    }

    /** Inserts the rows, many per statement. */
    private void insert(String tableAndColumns, List<List<Object>> rows) {
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<List<Object>> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            int parameter = 0;
            for (List<Object> row : chunk) {
                sql.append(parameter == 0 ? "(" : ", (");
                for (int i = 0; i < row.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append('?').append(++parameter);
                }
                sql.append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            parameter = 0;
            for (List<Object> row : chunk) {
                for (Object value : row) {
                    insert.setParameter(++parameter, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private static void add(Map<Long, long[]> own, Object areaId, int figure, long n) {
        own.computeIfAbsent(((Number) areaId).longValue(), id -> new long[Figures.SIZE])[figure] += n;
    }
}
