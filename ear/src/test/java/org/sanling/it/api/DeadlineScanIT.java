package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import org.sanling.platform.Role;
import org.sanling.supervision.DeadlineScan;
import org.sanling.supervision.ScanCounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: the hourly deadline scan escalates an overdue submission a level up the area tree once
 * per level (the grid's community has no leader, so its street first, then the district, then nobody),
 * notifying the handler and that level's leaders; reruns and concurrent runs add nothing; submissions on
 * time are left alone. Deadlines are moved into the past behind the portal's back, as time would.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineScanIT {

    private static final String GRID = "410702001001001";
    private static final String STREET = "410702001";
    private static final String DISTRICT = "410702";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @PersistenceContext(unitName = "sanling")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private DeadlineScan scan;

    @Test
    void anOverdueSubmissionGoesUpOneLevelAtATimeOnceEachWithItsHandlerAndThatLevelsLeadersNotified() throws Exception {
        long overdue = fileAndAccept("消防通道堵塞（超期测试）");
        long onTime = fileAndAccept("消防通道堵塞（按时测试）");
        scan.scan(Instant.now()); // what else is overdue by now goes first
        deadlineAgo(overdue, Duration.ofHours(1));

        ScanCounts first = scan.scan(Instant.now());
        assertTrue(first.flagged() >= 1 && first.escalated() >= 1, first.toString());
        assertEquals(List.of("1:" + STREET), levels(overdue));
        Map<String, Long> expected = new TreeMap<>(Map.of("handler-a", 1L));
        leaders(STREET).forEach(leader -> expected.put(leader, 1L));
        assertTrue(expected.containsKey("street-leader-a"), expected.toString());
        assertEquals(expected, notices(overdue));

        scan.scan(Instant.now());
        assertEquals(List.of("1:" + STREET), levels(overdue), "a rerun escalates nothing again");
        assertEquals(expected, notices(overdue), "nor notifies anyone again");
        assertEquals(List.of(), levels(onTime), "on time: left alone");
        assertEquals(Map.of(), notices(onTime));

        var seen = ApiClient.asDemo("street-leader-a").get("/api/v1/submissions/" + overdue);
        assertEquals(200, seen.status(), seen.body());
        assertEquals(STREET, seen.json().getJsonArray("escalations").getJsonObject(0).getString("areaCode"),
                "the leader it went to sees it on the submission");

        // Overdue for another full allowed period (and more): the district, then nobody is left above.
        deadlineAgo(overdue, Duration.ofDays(40));
        scan.scan(Instant.now());
        scan.scan(Instant.now());
        assertEquals(List.of("1:" + STREET, "2:" + DISTRICT, "3:-"), levels(overdue));
        expected.put("handler-a", 2L);
        leaders(DISTRICT).forEach(leader -> expected.put(leader, 1L));
        assertTrue(expected.containsKey("district-leader"), expected.toString());
        assertEquals(expected, notices(overdue), "each level notifies once, the street's leaders not again");
    }

    @Test
    void twoScansAtTheSameMomentEscalateAndNotifyOnce() throws Exception {
        long overdue = fileAndAccept("消防通道堵塞（并发测试）");
        scan.scan(Instant.now());
        deadlineAgo(overdue, Duration.ofHours(1));
        Instant now = Instant.now();
        List<Future<ScanCounts>> runs = List.of(executor.submit(() -> scan.scan(now)), executor.submit(() -> scan.scan(now)));
        for (Future<ScanCounts> run : runs) {
            run.get();
        }
        assertEquals(List.of("1:" + STREET), levels(overdue));
        assertEquals(1L, notices(overdue).get("handler-a"));
        assertEquals(1L, notices(overdue).get("street-leader-a"));
    }

    @Test
    void theJobRunsTheScanAndRecordsWhatItDid() throws Exception {
        JsonObject run = Jobs.runNow(ApiClient.asDemo("admin"), "deadline-scan");
        assertEquals("SUCCEEDED", run.getString("outcome"), run.toString());
        assertTrue(run.getString("counts").matches("flagged=\\d+, escalated=\\d+, notified=\\d+"), run.toString());
    }

    private static long fileAndAccept(String title) {
        var filed = ApiClient.asDemo("supervisor-a").post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "HAZARD").add("category", "消防安全")
                .add("areaCode", GRID).add("title", title).add("content", "楼道内堆放纸箱，堵塞消防通道。")
                .add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        var accepted = ApiClient.asDemo("street-leader-a").post("/api/v1/submissions/" + id + "/actions",
                Json.createObjectBuilder().add("action", "ACCEPT").build());
        assertEquals("handler-a", accepted.json().getJsonObject("assignee").getString("username"), accepted.body());
        return Long.parseLong(id);
    }

    private void deadlineAgo(long id, Duration ago) throws Exception {
        transaction.begin();
        em.createNativeQuery("update submission set deadline = ? where id = ?")
                .setParameter(1, Instant.now().minus(ago))
                .setParameter(2, id)
                .executeUpdate();
        transaction.commit();
    }

    /** The submission's escalations as "level:area code", "-" for nobody. */
    private List<String> levels(long id) {
        return em.createQuery("""
                        select e.level, a.code from SubmissionEscalation e left join e.area a
                        where e.submission.id = :id order by e.level""", Object[].class)
                .setParameter("id", id)
                .getResultStream().map(row -> row[0] + ":" + (row[1] == null ? "-" : row[1])).toList();
    }

    /** How many notices about the submission each person got. */
    private Map<String, Long> notices(long id) {
        String number = em.createQuery("select s.number from Submission s where s.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
        return em.createQuery("select n.recipient.username from Notification n where n.subject like :number", String.class)
                .setParameter("number", number + " %")
                .getResultStream().collect(Collectors.groupingBy(username -> username, TreeMap::new, Collectors.counting()));
    }

    private List<String> leaders(String areaCode) {
        return em.createQuery("""
                        select a.username from Account a where a.homeArea.code = :code and :leader member of a.roles""", String.class)
                .setParameter("code", areaCode).setParameter("leader", Role.LEADER).getResultList();
    }
}
