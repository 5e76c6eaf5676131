package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.Jobs;
import org.sanling.it.support.Portal;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import org.sanling.dispute.DisputeWatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside the server: the disputes' jobs. A return visit due reminds the dispute's mediator once; a high-risk dispute
 * open more than three days goes to its street's leaders once; reruns add nothing, and disputes not due are left
 * alone. Dates are moved into the past behind the portal's back, as time would.
 */
@ExtendWith(ArquillianExtension.class)
class DisputeJobsIT {

    private static final String STREET = "410702001";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @PersistenceContext(unitName = "sanling")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private DisputeWatch watch;

    @Test
    void aReturnVisitDueRemindsTheMediatorOnceAndSaysSoOnTheTimeline() throws Exception {
        String due = resolved("物业费纠纷（回访到期）");
        String notYet = resolved("物业费纠纷（回访未到期）");
        watch.remindFollowUps(Instant.now()); // what else is due by now goes first
        move("follow_up_due", due, Duration.ofHours(1));

        assertTrue(watch.remindFollowUps(Instant.now()).disputes() >= 1);
        assertEquals(Map.of("lawyer-01", 1L), notices(due));
        watch.remindFollowUps(Instant.now());
        assertEquals(Map.of("lawyer-01", 1L), notices(due), "a rerun reminds nobody again");
        assertEquals(Map.of(), notices(notYet), "not due: left alone");

        var seen = ApiClient.asDemo("street-leader-a").get("/api/v1/disputes/" + due).json();
        assertEquals(List.of("FILE", "ASSIGN", "MEDIATE", "RESOLVE", "REMIND"), actions(seen));
        assertEquals("RESOLVED", seen.getString("status"), "a reminder changes no state");
    }

    @Test
    void aHighRiskDisputeOpenMoreThanThreeDaysGoesToItsStreetsLeadersOnce() throws Exception {
        String high = Disputes.file("宅基地纠纷（高风险超期）", "HIGH");
        String young = Disputes.file("宅基地纠纷（高风险新登记）", "HIGH");
        String medium = Disputes.file("宅基地纠纷（中风险超期）", "MEDIUM");
        watch.escalateHighRisk(Instant.now());
        move("created_at", high, Duration.ofDays(4));
        move("created_at", medium, Duration.ofDays(4));

        assertTrue(watch.escalateHighRisk(Instant.now()).disputes() >= 1);
        Map<String, Long> expected = leaders(STREET).stream().collect(Collectors.toMap(u -> u, u -> 1L, (a, b) -> a, TreeMap::new));
        assertTrue(expected.containsKey("street-leader-a"), expected.toString());
        assertEquals(expected, notices(high));
        watch.escalateHighRisk(Instant.now());
        assertEquals(expected, notices(high), "each leader once");
        assertEquals(Map.of(), notices(young), "open less than three days");
        assertEquals(Map.of(), notices(medium), "not high-risk");
        assertEquals("ESCALATE", actions(ApiClient.asDemo("handler-a").get("/api/v1/disputes/" + high).json()).get(1));
    }

    @Test
    void bothJobsRunAndRecordWhatTheyDid() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        JsonObject reminders = Jobs.runNow(admin, "dispute-follow-up");
        assertEquals("SUCCEEDED", reminders.getString("outcome"), reminders.toString());
        assertTrue(reminders.getString("counts").matches("reminded=\\d+, notified=\\d+"), reminders.toString());
        JsonObject escalations = Jobs.runNow(admin, "dispute-escalation");
        assertEquals("SUCCEEDED", escalations.getString("outcome"), escalations.toString());
        assertTrue(escalations.getString("counts").matches("escalated=\\d+, notified=\\d+"), escalations.toString());
    }

    /** A dispute of the grid resolved by lawyer-01; its id. */
    private static String resolved(String title) {
        String id = Disputes.file(title, "LOW");
        Disputes.toMediation(id);
        var resolved = Disputes.act(ApiClient.asDemo("lawyer-01"), id, Disputes.action("RESOLVE").add("agreement", "双方达成还款协议。"));
        assertEquals(200, resolved.status(), resolved.body());
        return id;
    }

    private void move(String column, String id, Duration ago) throws Exception {
        transaction.begin();
        em.createNativeQuery("update dispute set " + column + " = ? where id = ?")
                .setParameter(1, Instant.now().minus(ago))
                .setParameter(2, Long.parseLong(id))
                .executeUpdate();
        transaction.commit();
    }

    /** How many notices about the dispute each person got. */
    private Map<String, Long> notices(String id) {
        String number = em.createQuery("select d.number from Dispute d where d.id = :id", String.class)
                .setParameter("id", Long.parseLong(id)).getSingleResult();
        return em.createQuery("select n.recipient.username from Notification n where n.subject like :number", String.class)
                .setParameter("number", number + " %")
                .getResultStream().collect(Collectors.groupingBy(username -> username, TreeMap::new, Collectors.counting()));
    }

    private List<String> leaders(String areaCode) {
        return em.createQuery("""
                        select a.username from Account a where a.homeArea.code = :code and :leader member of a.roles""", String.class)
                .setParameter("code", areaCode).setParameter("leader", Role.LEADER).getResultList();
    }

    private static List<String> actions(JsonObject dispute) {
        return dispute.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(s -> s.getString("action")).toList();
    }
}
