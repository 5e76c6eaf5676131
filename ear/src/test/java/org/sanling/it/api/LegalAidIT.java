package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.LegalAidEvents;
import org.sanling.it.support.Portal;
import org.sanling.it.support.Volunteers;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.it.support.LegalAidEvents.GRID;
import static org.sanling.it.support.LegalAidEvents.booth;
import static org.sanling.it.support.LegalAidEvents.slot;

/** Legal-aid events over REST: scheduling by role and scope, qualified staffing, the consultation log, referrals, the report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalAidIT {

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static JsonObject consultation(UUID clientId, String topic, String outcome) {
        return Json.createObjectBuilder().add("clientId", clientId.toString()).add("topic", topic)
                .add("summary", "小区物业拒不维修漏水的楼顶，业主多次反映无果").add("outcome", outcome).build();
    }

    @Test
    void onlyLeadersOfTheAreaScheduleEventsAndLawyersPlacesNeedTheQualification() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(200 + new java.util.Random().nextInt(100)));
        assertEquals(403, ApiClient.asDemo("volunteer-a").post("/api/v1/legal-aid/events", booth(start)).status());
        assertEquals(403, ApiClient.asDemo("street-leader-b").post("/api/v1/legal-aid/events", booth(start)).status());

        var scheduled = ApiClient.asDemo("street-leader-a").post("/api/v1/legal-aid/events", booth(start));
        assertEquals(201, scheduled.status(), scheduled.body());
        JsonObject event = scheduled.json();
        assertEquals(3, event.getJsonArray("topics").size());
        assertEquals(2, event.getJsonArray("slots").size());

        List<ApiClient> plain = Volunteers.register(1);
        var refused = Volunteers.signUp(plain.get(0), slot(event, "LAWYER"), UUID.randomUUID());
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("律师"), refused.body());
        assertEquals(201, Volunteers.signUp(plain.get(0), slot(event, "VOLUNTEER"), UUID.randomUUID()).status());
        assertEquals(201, Volunteers.signUp(LegalAidEvents.newLawyer(), slot(event, "LAWYER"), UUID.randomUUID()).status());

        var listed = ApiClient.asDemo("volunteer-b").get("/api/v1/legal-aid/events?from=" + Volunteers.day(start)
                + "&to=" + Volunteers.day(start));
        assertTrue(listed.body().contains("\"id\":\"" + event.getString("id") + "\""), listed.body());
    }

    @Test
    void staffLogConsultationsOnceAndAReferralBecomesADisputeInTheGridsWorkflow() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        JsonObject event = leader.post("/api/v1/legal-aid/events", booth(Instant.now().plus(Duration.ofMinutes(20)))).json();
        String id = event.getString("id");
        ApiClient lawyer = LegalAidEvents.newLawyer();
        assertEquals(201, Volunteers.signUp(lawyer, slot(event, "LAWYER"), UUID.randomUUID()).status());
        String consultations = "/api/v1/legal-aid/events/" + id + "/consultations";

        assertEquals(403, ApiClient.asDemo("volunteer-a").post(consultations, consultation(UUID.randomUUID(), "民法典", "ANSWERED")).status(),
                "only the event's staff and leaders log its consultations");
        UUID clientId = UUID.randomUUID();
        var answered = lawyer.post(consultations, consultation(clientId, "民法典", "ANSWERED"));
        assertEquals(201, answered.status(), answered.body());
        var replay = lawyer.post(consultations, consultation(clientId, "民法典", "ANSWERED"));
        assertEquals(200, replay.status(), replay.body());
        assertEquals(answered.json().getString("id"), replay.json().getString("id"));

        var wrongTopic = lawyer.post(consultations, consultation(UUID.randomUUID(), "反诈", "ANSWERED"));
        assertEquals(400, wrongTopic.status(), wrongTopic.body());
        assertEquals("topic", wrongTopic.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var noConsent = lawyer.post(consultations, Json.createObjectBuilder(consultation(UUID.randomUUID(), "民法典", "ANSWERED"))
                .add("citizenName", "王大妈").build());
        assertEquals(400, noConsent.status(), noConsent.body());

        var referred = lawyer.post(consultations, consultation(UUID.randomUUID(), "物业纠纷", "REFERRED"));
        assertEquals(201, referred.status(), referred.body());
        String submission = referred.json().getString("submissionId");
        assertTrue(referred.json().getString("submissionNumber").startsWith("SQ-"), referred.body());
        var filed = leader.get("/api/v1/submissions/" + submission).json();
        assertEquals("DISPUTE", filed.getString("type"));
        assertEquals(GRID, filed.getString("areaCode"), filed.toString());
        var accepted = leader.post("/api/v1/submissions/" + submission + "/actions", Json.createObjectBuilder().add("action", "ACCEPT").build());
        assertEquals(200, accepted.status(), accepted.body());
        var queue = ApiClient.asDemo("handler-a").get("/api/v1/submissions?view=ASSIGNED&size=200");
        assertTrue(queue.body().contains("\"id\":\"" + submission + "\""), "the referral reaches the grid's handler");

        var report = leader.get("/api/v1/legal-aid/events/" + id + "/report");
        assertEquals(200, report.status(), report.body());
        assertEquals(2, report.json().getInt("consultations"));
        var referral = report.json().getJsonArray("referrals").getJsonObject(0);
        assertEquals(submission, referral.getString("submissionId"));
        assertEquals("DISPATCHED", referral.getString("status"));
        assertEquals(403, lawyer.get("/api/v1/legal-aid/events/" + id + "/report").status(), "the report is for leaders");
        var turnout = leader.put("/api/v1/legal-aid/events/" + id + "/turnout",
                Json.createObjectBuilder().add("peopleReached", 86).add("materialsHandedOut", 240).build());
        assertEquals(200, turnout.status(), turnout.body());
        assertEquals(86, turnout.json().getInt("peopleReached"));

        assertEquals(200, leader.post("/api/v1/legal-aid/events/" + id + "/cancel", Json.createObjectBuilder().build()).status());
        assertEquals(409, lawyer.post(consultations, consultation(UUID.randomUUID(), "民法典", "ANSWERED")).status(),
                "nothing is logged at a cancelled event");
        var notice = lawyer.get("/api/v1/notifications").json().getJsonArray("items").getJsonObject(0);
        assertEquals("CAMPAIGN_CANCELLED", notice.getString("kind"));
        assertTrue(leader.get("/api/v1/legal-aid/events/" + id).json().getBoolean("cancelled"));
    }
}
