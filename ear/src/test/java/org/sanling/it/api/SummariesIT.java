package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Daily summaries and the 三零 board against the real server and database. Each test files its submissions
 * through the API and works them through the workflow, then moves their times (and only theirs) to a day of
 * its own long before the demo year, around midnight Asia/Shanghai, so that it knows every record of that day;
 * the figures are compared with direct counts of the records and with what the test expects by hand.
 */
@ExtendWith(ArquillianExtension.class)
class SummariesIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String GRID = "410702001001001";      // handler-a's grid
    private static final String COMMUNITY = "410702001001";    // 梦萦小区
    private static final String STREET = "410702001";          // 西街街道, street-leader-a
    private static final String OTHER_STREET = "410702002";    // 东街街道, street-leader-b
    private static final String OTHER_GRID = "410702002001001";
    private static final String DISTRICT = "410702";
    private static final String[] FIGURES = {"received", "accepted", "rejected", "resolved", "closed", "reopened",
            "overdue", "disputesScreened", "disputesResolved", "volunteerPersonTimes", "legalAidEvents",
            "consultations", "peopleReached", "patrols", "patrolEvents", "eventsOnSpot", "highRiskDisputesOpen"};
    /** The figures that are states at the end of a day, not counts of what happened in it. */
    private static final Set<String> STATES = Set.of("overdue", "highRiskDisputesOpen");

    private static final Random RANDOM = new Random();

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @PersistenceContext(unitName = "sanling")
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    /** The submissions of one test on its own day D: what each is and when its steps happened. */
    private final class Day {

        /** A day of a year no demo record is that old, between the 5th and the 25th: its month holds s1 and s7. */
        final LocalDate date;
        final Instant midnight;
        final ApiClient supervisor = ApiClient.asDemo("supervisor-a");
        final ApiClient leader = ApiClient.asDemo("district-leader");
        final ApiClient handler = ApiClient.asDemo("handler-a");

        Day() {
            this(2001, 19);
        }

        /** A day of one of the {@code years} from {@code firstYear}: a test that needs a month to itself takes years no other test does. */
        Day(int firstYear, int years) {
            date = LocalDate.of(firstYear + RANDOM.nextInt(years), 1 + RANDOM.nextInt(12), 5 + RANDOM.nextInt(21));
            midnight = date.atStartOfDay(SHANGHAI).toInstant();
        }

        /**
         * Files a submission and takes the actions; then its filing and the actions named in {@code at} happen
         * at those instants, every other step a second after the one before.
         */
        long submission(String areaCode, String type, String dimension, Map<String, Instant> at, Instant deadline,
                        String... actions) {
            var body = Json.createObjectBuilder().add("clientId", UUID.randomUUID().toString()).add("type", type)
                    .add("category", "环境卫生").add("areaCode", areaCode).add("title", "日报测试 " + type)
                    .add("content", "用于日报统计的测试诉求。").add("urgency", "NORMAL").add("dimension", dimension);
            var filed = supervisor.post("/api/v1/submissions", body.build());
            assertEquals(201, filed.status(), filed.body());
            long id = Long.parseLong(filed.json().getString("id"));
            for (String action : actions) {
                ApiClient who = switch (action) {
                    case "START", "RESOLVE" -> handler;
                    case "CONFIRM", "REOPEN" -> supervisor;
                    default -> leader;
                };
                var request = Json.createObjectBuilder().add("action", action).add("note", "测试说明：" + action);
                var done = who.post("/api/v1/submissions/" + id + "/actions", request.build());
                assertEquals(200, done.status(), action + ": " + done.body());
            }
            moveInTime(id, at, deadline);
            return id;
        }

        /**
         * Files a dispute of the register in handler-a's grid and, if {@code resolve}, mediates and resolves it; then
         * its filing and the steps named in {@code at} happen at those instants, every other step a second later.
         */
        void dispute(String riskLevel, boolean resolve, Map<String, Instant> at) {
            String id = Disputes.file("日报测试纠纷 " + riskLevel, riskLevel);
            if (resolve) {
                Disputes.toMediation(id);
                var resolved = Disputes.act(ApiClient.asDemo("lawyer-01"), id, Disputes.action("RESOLVE")
                        .add("agreement", "502住户修复防水，赔偿402住户维修费800元。"));
                assertEquals(200, resolved.status(), resolved.body());
            }
            moveDisputeInTime(Long.parseLong(id), at);
        }

        Instant plus(Duration duration) {
            return midnight.plus(duration);
        }

        /** D's figures of the area as the API gives them, after computing D−1 to D+1 again. */
        JsonObject daily(String areaCode, LocalDate day) {
            var reply = leader.get("/api/v1/summaries/daily?areaCode=" + areaCode + "&date=" + day);
            assertEquals(200, reply.status(), reply.body());
            return reply.json();
        }

        void backfill() {
            var reply = ApiClient.asDemo("admin").post("/api/v1/summaries/backfill", Json.createObjectBuilder()
                    .add("from", date.minusDays(1).toString()).add("to", date.plusDays(1).toString()).build());
            assertEquals(200, reply.status(), reply.body());
            assertEquals(3, reply.json().getInt("days"));
        }
    }

    /** Sets the times of a submission's steps (see {@link Day#submission}), as if it had been worked then. */
    private void moveInTime(long id, Map<String, Instant> at, Instant deadline) {
        inTransaction(() -> {
            Instant last = moveSteps("timeline_entry", "submission_id", id, at);
            em.createNativeQuery("update submission set created_at = ?1, updated_at = ?2, deadline = ?3 where id = ?4")
                    .setParameter(1, at.get("FILE")).setParameter(2, last).setParameter(3, deadline)
                    .setParameter(4, id).executeUpdate();
        });
    }

    /** Sets the times of a dispute's steps (see {@link Day#dispute}), as if it had been worked then. */
    private void moveDisputeInTime(long id, Map<String, Instant> at) {
        inTransaction(() -> {
            Instant last = moveSteps("dispute_step", "dispute_id", id, at);
            em.createNativeQuery("update dispute set created_at = ?1, updated_at = ?2 where id = ?3")
                    .setParameter(1, at.get("FILE")).setParameter(2, last).setParameter(3, id).executeUpdate();
            // Two statements, not a CASE: PostgreSQL cannot type a parameter that only a CASE branch holds.
            em.createNativeQuery("update dispute set resolved_at = ?1 where id = ?2 and resolved_at is not null")
                    .setParameter(1, last).setParameter(2, id).executeUpdate();
        });
    }

    /**
     * Moves the steps of a record's timeline ({@code table}, whose {@code owner} column names the record) to the
     * instants {@code at} gives by action, every other step a second after the one before; the last one's instant.
     */
    private Instant moveSteps(String table, String owner, long id, Map<String, Instant> at) {
        @SuppressWarnings("unchecked")
        List<Object[]> steps = em.createNativeQuery("select id, action from " + table + " where " + owner + " = ?1 order by at, id")
                .setParameter(1, id).getResultList();
        Instant previous = null;
        for (Object[] step : steps) {
            Instant when = at.containsKey((String) step[1]) ? at.get((String) step[1]) : previous.plusSeconds(1);
            em.createNativeQuery("update " + table + " set at = ?1 where id = ?2")
                    .setParameter(1, when).setParameter(2, ((Number) step[0]).longValue()).executeUpdate();
            previous = when;
        }
        return previous;
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception rollback) {
                e.addSuppressed(rollback);
            }
            throw new IllegalStateException(e);
        }
    }

    /**
     * The day's figures of everything at or below the area, counted straight from the records (by the area's
     * path, not the tree): what the summary must say.
     */
    private Map<String, Long> directCount(String areaCode, LocalDate day) {
        String path = (String) em.createNativeQuery("select path from area where code = ?1").setParameter(1, areaCode)
                .getSingleResult() + "%";
        Instant from = day.atStartOfDay(SHANGHAI).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        Map<String, Long> counts = new HashMap<>();
        counts.put("received", count("select count(*) from submission where area_path like ?1 and created_at >= ?2 and created_at < ?3", path, from, to));
        counts.put("disputesScreened", count("select count(*) from dispute where area_path like ?1 and created_at >= ?2 and created_at < ?3", path, from, to));
        counts.put("disputesResolved", count("""
                select count(*) from dispute_step t join dispute d on d.id = t.dispute_id
                where d.area_path like ?1 and t.at >= ?2 and t.at < ?3 and t.action = 'RESOLVE'""", path, from, to));
        counts.put("highRiskDisputesOpen", count("""
                select count(*) from dispute d where d.area_path like ?1 and d.risk_level = 'HIGH' and d.created_at < ?2
                and (select t.status_after from dispute_step t where t.dispute_id = d.id and t.at < ?2
                     order by t.at desc, t.id desc fetch first 1 rows only) in ('SCREENED', 'ASSIGNED', 'MEDIATING', 'FAILED')""",
                path, to));
        String actions = "select count(*) from timeline_entry t join submission s on s.id = t.submission_id where s.area_path like ?1 and t.at >= ?2 and t.at < ?3 and t.action = ";
        counts.put("accepted", count(actions + "'ACCEPT'", path, from, to));
        counts.put("rejected", count(actions + "'REJECT'", path, from, to));
        counts.put("resolved", count(actions.replace("t.action = ", "t.action in ") + "('RESOLVE', 'HANDLE_ON_SPOT')", path, from, to));
        counts.put("closed", count(actions + "'CONFIRM'", path, from, to));
        counts.put("reopened", count(actions + "'REOPEN'", path, from, to));
        counts.put("overdue", count("""
                select count(*) from submission s where s.area_path like ?1 and s.created_at < ?2 and s.deadline < ?2
                and (select t.status_after from timeline_entry t where t.submission_id = s.id and t.at < ?2
                                 order by t.at desc, t.id desc fetch first 1 rows only) in ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS')""",
                path, to));
        counts.put("volunteerPersonTimes", count("""
                select count(*) from signup g join shift sh on sh.id = g.shift_id join campaign c on c.id = sh.campaign_id
                where c.area_path like ?1 and sh.starts_at >= ?2 and sh.starts_at < ?3 and g.attendance = 'ATTENDED'""", path, from, to));
        counts.put("legalAidEvents", count("""
                select count(*) from legal_aid_event e join campaign c on c.id = e.campaign_id
                where e.area_path like ?1 and e.starts_at >= ?2 and e.starts_at < ?3 and c.status <> 'CANCELLED'""", path, from, to));
        counts.put("peopleReached", count("""
                select coalesce(sum(e.people_reached), 0) from legal_aid_event e join campaign c on c.id = e.campaign_id
                where e.area_path like ?1 and e.starts_at >= ?2 and e.starts_at < ?3 and c.status <> 'CANCELLED'""", path, from, to));
        counts.put("consultations", count("""
                select count(*) from consultation k join legal_aid_event e on e.id = k.event_id
                where e.area_path like ?1 and k.created_at >= ?2 and k.created_at < ?3""", path, from, to));
        counts.put("patrols", count("select count(*) from patrol where area_path like ?1 and started_at >= ?2 and started_at < ?3",
                path, from, to));
        String events = "select count(*) from patrol_event e join patrol p on p.id = e.patrol_id"
                + " where p.area_path like ?1 and e.created_at >= ?2 and e.created_at < ?3";
        counts.put("patrolEvents", count(events, path, from, to));
        counts.put("eventsOnSpot", count(events + " and e.handled_on_spot", path, from, to));
        return counts;
    }

    /** The count the query gives for the parameters ?1, ?2, … */
    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Map<String, Long> figures(JsonObject area) {
        JsonObject figures = area.getJsonObject("figures");
        Map<String, Long> counts = new HashMap<>();
        for (String name : FIGURES) {
            counts.put(name, figures.getJsonNumber(name).longValue());
        }
        return counts;
    }

    /**
     * s1 filed a second before D and accepted at D's midnight, left open past its deadline; s2 a dispute filed at
     * D's midnight and resolved at its last second; s3 resolved on D and confirmed at D+1's midnight; s4 tagged
     * SAFETY in the community, accepted; s5 tagged PETITION in the other street, never accepted; s6 rejected on
     * D; s7 filed two days before, resolved then, reopened on D. In the disputes register, in the grid: d1 a
     * high-risk dispute recorded at D's midnight and resolved at its last second, d2 a high-risk one recorded on D and
     * left open, d3 a low-risk one recorded a second before D and resolved at D+1's midnight.
     */
    private Day workTheDay() {
        return workTheDay(new Day());
    }

    private Day workTheDay(Day d) {
        Instant end = d.plus(Duration.ofDays(1));
        d.submission(GRID, "COMPLAINT", "NONE", Map.of("FILE", d.plus(Duration.ofSeconds(-1)), "ACCEPT", d.midnight),
                d.plus(Duration.ofHours(1)), "ACCEPT");
        d.submission(GRID, "DISPUTE", "NONE", Map.of("FILE", d.midnight, "RESOLVE", end.minusSeconds(1)),
                end.plus(Duration.ofDays(3)), "ACCEPT", "START", "RESOLVE");
        d.submission(GRID, "COMPLAINT", "NONE", Map.of("FILE", d.plus(Duration.ofMinutes(1)), "CONFIRM", end),
                end.plus(Duration.ofDays(3)), "ACCEPT", "START", "RESOLVE", "CONFIRM");
        d.submission(COMMUNITY, "HAZARD", "SAFETY", Map.of("FILE", d.plus(Duration.ofMinutes(2))),
                end.plus(Duration.ofDays(3)), "ACCEPT");
        d.submission(OTHER_GRID, "COMPLAINT", "PETITION", Map.of("FILE", d.plus(Duration.ofMinutes(3))),
                end.plus(Duration.ofDays(3)));
        d.submission(OTHER_GRID, "COMPLAINT", "NONE", Map.of("FILE", d.plus(Duration.ofMinutes(4))),
                end.plus(Duration.ofDays(3)), "REJECT");
        Instant twoDaysBefore = d.plus(Duration.ofDays(-2));
        d.submission(GRID, "OPINION", "NONE", Map.of("FILE", twoDaysBefore, "RESOLVE", twoDaysBefore.plusSeconds(3600),
                "REOPEN", d.plus(Duration.ofMinutes(5))), end.plus(Duration.ofHours(1)), "ACCEPT", "START", "RESOLVE", "REOPEN");
        d.dispute("HIGH", true, Map.of("FILE", d.midnight, "RESOLVE", end.minusSeconds(1)));
        d.dispute("HIGH", false, Map.of("FILE", d.plus(Duration.ofMinutes(6))));
        d.dispute("LOW", true, Map.of("FILE", d.plus(Duration.ofSeconds(-1)), "RESOLVE", end));
        d.backfill();
        return d;
    }

    @Test
    void theDaysFiguresEqualADirectCountAtEveryLevelAcrossMidnight() {
        Day d = workTheDay();
        for (LocalDate day : List.of(d.date.minusDays(1), d.date, d.date.plusDays(1))) {
            JsonObject district = d.daily(DISTRICT, day);
            assertTrue(district.getBoolean("computed"), district.toString());
            assertEquals(directCount(DISTRICT, day), figures(district.getJsonObject("area")), "district on " + day);
            for (JsonObject street : district.getJsonArray("children").getValuesAs(JsonObject.class)) {
                assertEquals(directCount(street.getString("areaCode"), day), figures(street), street.getString("areaCode") + " on " + day);
            }
            for (String code : List.of(STREET, COMMUNITY, GRID, OTHER_STREET)) {
                JsonObject area = d.daily(code, day).getJsonObject("area");
                assertEquals(directCount(code, day), figures(area), code + " on " + day);
            }
        }
        Map<String, Long> gridOnD = figures(d.daily(GRID, d.date).getJsonObject("area"));
        assertEquals(2, gridOnD.get("received"), "s2 at midnight and s3; s1 was a second earlier: " + gridOnD);
        assertEquals(3, gridOnD.get("accepted"), gridOnD.toString());
        assertEquals(2, gridOnD.get("resolved"), "s2 at 23:59:59 and s3: " + gridOnD);
        assertEquals(2, gridOnD.get("disputesScreened"), "d1 at midnight and d2; d3 a second earlier: " + gridOnD);
        assertEquals(1, gridOnD.get("disputesResolved"), "d1 at 23:59:59; d3 at the next midnight: " + gridOnD);
        assertEquals(1, gridOnD.get("reopened"));
        assertEquals(0, gridOnD.get("closed"), "confirmed at the next midnight");

        JsonObject gridOnD0 = d.daily(GRID, d.date).getJsonObject("area").getJsonObject("figures");
        assertEquals("100.0", gridOnD0.getJsonNumber("resolutionRate").bigDecimalValue().toPlainString());
        assertEquals("50.0", gridOnD0.getJsonNumber("disputeResolutionRate").bigDecimalValue().toPlainString(), "化解率");
        Map<String, Long> gridBefore = figures(d.daily(GRID, d.date.minusDays(1)).getJsonObject("area"));
        // As for overdue, other tests' days may lie before this one, their d2 open at the end of both days.
        assertEquals(1, gridOnD.get("highRiskDisputesOpen") - gridBefore.get("highRiskDisputesOpen"),
                "d2 open, d1 resolved before the end of D: " + gridBefore + " → " + gridOnD);
        assertEquals(1, figures(d.daily(GRID, d.date.plusDays(1)).getJsonObject("area")).get("disputesResolved"), "d3");
        assertEquals(1, gridBefore.get("received"), "s1 a second before midnight");
        // Other tests' days may lie before this one, their open submissions overdue at the end of both days.
        assertEquals(1, gridOnD.get("overdue") - gridBefore.get("overdue"),
                "s1 fell due an hour after midnight (s7 was resolved then and is due after D): " + gridBefore + " → " + gridOnD);
        assertEquals(1, figures(d.daily(GRID, d.date.plusDays(1)).getJsonObject("area")).get("closed"));
        Map<String, Long> community = figures(d.daily(COMMUNITY, d.date).getJsonObject("area"));
        assertEquals(3, community.get("received"), "the grid's two and s4 filed on the community itself");
        Map<String, Long> otherStreet = figures(d.daily(OTHER_STREET, d.date).getJsonObject("area"));
        assertEquals(2, otherStreet.get("received"));
        assertEquals(1, otherStreet.get("rejected"));
        Map<String, Long> district = figures(d.daily(DISTRICT, d.date).getJsonObject("area"));
        assertEquals(5, district.get("received"));
    }

    @Test
    void computingADayAgainReplacesItsRowsInsteadOfAddingToThem() {
        Day d = workTheDay();
        JsonObject first = d.daily(DISTRICT, d.date);
        long rows = rowsOf(d.date);
        assertTrue(rows >= 6, "the grid, community, street, district and the other street's rows: " + rows);
        d.backfill();
        assertEquals(first, d.daily(DISTRICT, d.date));
        assertEquals(rows, rowsOf(d.date));
    }

    private long rowsOf(LocalDate day) {
        return ((Number) em.createNativeQuery("select count(*) from area_day_summary where summary_date = ?1")
                .setParameter(1, day).getSingleResult()).longValue();
    }

    @Test
    void weeksAndMonthsAreTheSumsOfTheirDaysWithOverdueAsAtTheEndOfTheLastDay() {
        Day d = workTheDay();
        ApiClient leader = d.leader;
        LocalDate monday = d.date.with(java.time.DayOfWeek.MONDAY);
        var series = leader.get("/api/v1/summaries/series?areaCode=" + STREET + "&from=" + monday + "&to=" + monday.plusDays(6));
        assertEquals(200, series.status(), series.body());
        List<JsonObject> days = series.array().getValuesAs(JsonObject.class);
        assertEquals(7, days.size());
        var week = leader.get("/api/v1/summaries/weekly?areaCode=" + STREET + "&date=" + d.date);
        assertEquals(200, week.status(), week.body());
        assertEquals(monday.toString(), week.json().getString("from"));
        assertRolledUp(days, week.json(), d.date.plusDays(1));

        YearMonth month = YearMonth.from(d.date);
        var monthDays = leader.get("/api/v1/summaries/series?areaCode=" + STREET + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth());
        var monthly = leader.get("/api/v1/summaries/monthly?areaCode=" + STREET + "&month=" + month);
        assertEquals(200, monthly.status(), monthly.body());
        assertRolledUp(monthDays.array().getValuesAs(JsonObject.class), monthly.json(), null);
    }

    /**
     * The period's figures are its days' added up; the states (overdue, open high-risk disputes) are the last computed
     * day's (null: do not check them).
     */
    private static void assertRolledUp(List<JsonObject> days, JsonObject period, LocalDate lastComputed) {
        Map<String, Long> total = figures(period.getJsonObject("area"));
        for (String name : FIGURES) {
            if (!STATES.contains(name)) {
                long sum = days.stream().mapToLong(day -> day.getJsonObject("figures").getJsonNumber(name).longValue()).sum();
                assertEquals(sum, total.get(name), name);
            }
        }
        assertTrue(total.get("received") > 0, total.toString());
        if (lastComputed != null && !lastComputed.isAfter(LocalDate.parse(period.getString("to")))) {
            JsonObject last = days.stream().filter(day -> day.getString("date").equals(lastComputed.toString())).findFirst()
                    .orElseThrow().getJsonObject("figures");
            for (String state : STATES) {
                assertEquals(last.getJsonNumber(state).longValue(), total.get(state), state);
            }
        }
    }

    @Test
    void theBoardIsNonZeroOnlyWhereALeaderAcceptedATaggedSubmissionAndRanksByResolutionRate() {
        // Its exact counts need the month to itself: the other tests' days lie in 2001 to 2019.
        Day d = workTheDay(new Day(1981, 20));
        var reply = d.leader.get("/api/v1/sanling-board?areaCode=" + DISTRICT + "&month=" + YearMonth.from(d.date));
        assertEquals(200, reply.status(), reply.body());
        JsonObject board = reply.json();
        List<JsonObject> communities = board.getJsonArray("communities").getValuesAs(JsonObject.class);
        List<JsonObject> streets = board.getJsonArray("streets").getValuesAs(JsonObject.class);
        assertEquals(60, communities.size());
        assertEquals(8, streets.size());
        JsonObject community = entry(communities, COMMUNITY);
        assertFalse(community.getBoolean("zeroAccidents"), community.toString());
        assertEquals(1, community.getInt("accidents"));
        assertTrue(community.getBoolean("zeroPetitions"));
        for (JsonObject other : communities) {
            if (!other.getString("areaCode").equals(COMMUNITY)) {
                assertTrue(other.getBoolean("allZero"), "the PETITION one was never accepted: " + other);
            }
        }
        assertFalse(entry(streets, STREET).getBoolean("allZero"));
        assertTrue(entry(streets, OTHER_STREET).getBoolean("allZero"));
        // 梦萦小区 has resolved s2 and s3 of its five (40 %); the other street's community none of its two (0 %).
        assertEquals("40.0", community.getJsonNumber("resolutionRate").bigDecimalValue().toPlainString());
        JsonObject other = entry(communities, "410702002001");
        assertEquals("0.0", other.getJsonNumber("resolutionRate").bigDecimalValue().toPlainString());
        assertEquals(1, community.getInt("rank"));
        assertEquals(2, other.getInt("rank"));
        assertEquals(COMMUNITY, communities.get(0).getString("areaCode"));
        assertEquals("410702002001", communities.get(1).getString("areaCode"));
        assertFalse(communities.get(2).containsKey("resolutionRate"), "received nothing: after those that did");
        assertEquals(STREET, streets.get(0).getString("areaCode"));
        // The month's field work beside the zeros: d1 to d3 recorded, d1 and d3 resolved (d3 at D+1's midnight, in
        // the month too), d2 high-risk and open; no patrol that month.
        assertEquals(3, community.getInt("disputesScreened"), community.toString());
        assertEquals(2, community.getInt("disputesResolved"));
        assertEquals("66.7", community.getJsonNumber("disputeResolutionRate").bigDecimalValue().toPlainString());
        // Open at the month's end: d2 and whatever earlier runs on this database left open before (a state, as overdue).
        var monthBefore = d.leader.get("/api/v1/sanling-board?areaCode=" + DISTRICT + "&month=" + YearMonth.from(d.date).minusMonths(1));
        JsonObject communityBefore = entry(monthBefore.json().getJsonArray("communities").getValuesAs(JsonObject.class), COMMUNITY);
        assertEquals(1, community.getInt("highRiskDisputesOpen") - communityBefore.getInt("highRiskDisputesOpen"));
        assertEquals(0, community.getInt("patrols"));
        assertEquals(3, entry(streets, STREET).getInt("disputesScreened"), "rolled up to the street");
        assertFalse(other.containsKey("disputeResolutionRate"), "no dispute recorded: no rate");
    }

    private static JsonObject entry(List<JsonObject> entries, String code) {
        return entries.stream().filter(e -> e.getString("areaCode").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aStreetLeaderSeesTheirStreetOnlyAndVolunteersNothing() {
        ApiClient streetLeader = ApiClient.asDemo("street-leader-a");
        var own = streetLeader.get("/api/v1/summaries/daily");
        assertEquals(200, own.status(), own.body());
        assertEquals(STREET, own.json().getJsonObject("area").getString("areaCode"));
        List<String> children = own.json().getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("areaCode")).toList();
        assertFalse(children.isEmpty());
        assertTrue(children.stream().allMatch(c -> c.startsWith(STREET) && c.length() == COMMUNITY.length()), children.toString());
        assertEquals(200, streetLeader.get("/api/v1/summaries/daily?areaCode=" + GRID).status());
        List<String> refused = new ArrayList<>();
        for (String path : List.of("/api/v1/summaries/daily?areaCode=" + OTHER_STREET, "/api/v1/summaries/daily?areaCode=" + DISTRICT,
                "/api/v1/summaries/weekly?areaCode=" + OTHER_GRID, "/api/v1/summaries/monthly?areaCode=" + OTHER_STREET,
                "/api/v1/summaries/series?areaCode=" + OTHER_STREET + "&from=2026-01-01&to=2026-01-07",
                "/api/v1/sanling-board?areaCode=" + OTHER_STREET)) {
            var reply = streetLeader.get(path);
            assertEquals(403, reply.status(), path + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
            refused.add(path);
        }
        var board = streetLeader.get("/api/v1/sanling-board");
        assertEquals(200, board.status(), board.body());
        assertTrue(board.json().getJsonArray("communities").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getString("areaCode").startsWith(STREET)));
        assertEquals(1, board.json().getJsonArray("streets").size());
        ApiClient volunteer = ApiClient.asDemo("volunteer-a");
        assertEquals(403, volunteer.get("/api/v1/summaries/daily?areaCode=" + STREET).status());
        assertEquals(403, volunteer.get("/api/v1/sanling-board").status());
        assertEquals(403, streetLeader.post("/api/v1/summaries/backfill", Json.createObjectBuilder()
                .add("from", "2026-01-01").add("to", "2026-01-01").build()).status(), "backfill is for admins");
    }

    @Test
    void badDaysMonthsRangesAndUnknownAreasAreBadRequestsWithAMessageInTheCallersLanguage() {
        ApiClient leader = ApiClient.asDemo("district-leader");
        var badDay = leader.inLanguage("en").get("/api/v1/summaries/daily?areaCode=410702&date=2026-02-30");
        assertEquals(400, badDay.status(), badDay.body());
        assertTrue(badDay.contentType().startsWith("application/problem+json"));
        assertEquals("\"2026-02-30\" is not a valid date; write it as year-month-day, for example 2026-03-01.", badDay.fieldError("date"));
        var badDayZh = leader.get("/api/v1/summaries/daily?areaCode=410702&date=yesterday");
        assertEquals(400, badDayZh.status());
        assertTrue(badDayZh.fieldError("date").contains("不是有效的日期"), badDayZh.body());
        var badMonth = leader.inLanguage("en").get("/api/v1/sanling-board?month=2026-13");
        assertEquals(400, badMonth.status());
        assertTrue(badMonth.fieldError("month").contains("not a valid month"), badMonth.body());
        var unknown = leader.inLanguage("en").get("/api/v1/summaries/daily?areaCode=999999");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("There is no area with the code \"999999\".", unknown.fieldError("areaCode"));
        var backwards = leader.get("/api/v1/summaries/series?from=2026-03-02&to=2026-03-01");
        assertEquals(400, backwards.status());
        assertNotNull(backwards.fieldError("to"));
        var tooLong = leader.inLanguage("en").get("/api/v1/summaries/series?from=2024-01-01&to=2026-01-01");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.fieldError("to").contains("366"), tooLong.body());
        var missing = ApiClient.asDemo("admin").post("/api/v1/summaries/backfill", Json.createObjectBuilder().add("from", "2026-01-01").build());
        assertEquals(400, missing.status());
        assertNotNull(missing.fieldError("to"));
    }

    @Test
    void theJobsComputeTodayAndLastMonthsBoardWhenRunAndRecordTheirRuns() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        for (String job : List.of("daily-summary", "sanling-board")) {
            runNow(admin, job);
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        assertTrue(admin.get("/api/v1/summaries/daily?date=" + today).json().getBoolean("computed"));
        var board = admin.get("/api/v1/sanling-board?month=" + YearMonth.from(today).minusMonths(1));
        assertTrue(board.json().containsKey("computedAt"), board.body());
        assertFalse(admin.get("/api/v1/sanling-board").json().containsKey("computedAt"), "this month: counted on demand");
    }

    @Test
    void theQuarterHourlyJobBringsTodaysFiguresUpToDate() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        LocalDate today = LocalDate.now(SHANGHAI);
        runNow(admin, "summary-today");
        long before = receivedIn(admin, today);
        var body = Json.createObjectBuilder().add("clientId", UUID.randomUUID().toString()).add("type", "HAZARD")
                .add("category", "环境卫生").add("areaCode", GRID).add("title", "今日汇总测试")
                .add("content", "刚刚提交的诉求应出现在今日数字里。").add("urgency", "NORMAL");
        assertEquals(201, ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", body.build()).status());
        assertEquals(before, receivedIn(admin, today), "stored figures change only when a job computes them");
        runNow(admin, "summary-today");
        assertEquals(before + 1, receivedIn(admin, today));
    }

    private static long receivedIn(ApiClient admin, LocalDate day) {
        var reply = admin.get("/api/v1/summaries/daily?areaCode=" + GRID + "&date=" + day);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonObject("area").getJsonObject("figures").getJsonNumber("received").longValue();
    }

    private static void runNow(ApiClient admin, String job) throws InterruptedException {
        JsonObject run = Jobs.runNow(admin, job);
        assertEquals("SUCCEEDED", run.getString("outcome"), run.toString());
    }
}
