package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Disputes;
import org.sanling.it.support.OtherStreet;
import org.sanling.it.support.Patrols;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grid patrols over REST: a handler records a patrol in their grid (replayed once by clientId) and logs both kinds
 * of event, the one handled on the spot a submission resolved at once with 现场处置 on its timeline, the other a new
 * submission in the grid's queue; leaders read the patrols of their street; another street's patrols are 403/404,
 * and a dispute met on a patrol names one of the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatrolsIT {

    private static final String GRID = Disputes.GRID;
    private static final String STREET = "410702001";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void aHandlerRecordsAPatrolOnceAndItsEventsAreHandledOnTheSpotOrQueued() {
        ApiClient handler = ApiClient.asDemo("handler-a");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        String notes = "巡查" + UUID.randomUUID();
        JsonObject patrol = Patrols.patrol(UUID.randomUUID(), notes);

        var recorded = handler.post("/api/v1/patrols", patrol);
        assertEquals(201, recorded.status(), recorded.body());
        String id = recorded.json().getString("id");
        var replay = handler.post("/api/v1/patrols", patrol);
        assertEquals(200, replay.status(), replay.body());
        assertEquals(recorded.json(), replay.json(), "a replay answers the first patrol");

        JsonObject onSpot = Patrols.event(UUID.randomUUID(), "电动车楼道充电", true);
        var handled = handler.post("/api/v1/patrols/" + id + "/events", onSpot);
        assertEquals(201, handled.status(), handled.body());
        assertEquals(handled.json(), handler.post("/api/v1/patrols/" + id + "/events", onSpot).json(), "replayed once");
        JsonObject resolved = handler.get("/api/v1/submissions/" + handled.json().getString("submissionId")).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals(GRID, resolved.getString("areaCode"));
        assertEquals(List.of("FILE", "HANDLE_ON_SPOT"), actions(resolved));
        assertEquals("handler-a", resolved.getJsonArray("timeline").getJsonObject(1).getString("actor"));

        var queued = handler.post("/api/v1/patrols/" + id + "/events", Patrols.event(UUID.randomUUID(), "消防栓损坏", false));
        assertEquals(201, queued.status(), queued.body());
        JsonObject waiting = leader.get("/api/v1/submissions/" + queued.json().getString("submissionId")).json();
        assertEquals("SUBMITTED", waiting.getString("status"), "in the grid's queue for its leaders");
        assertEquals(List.of("FILE"), actions(waiting));

        String other = handler.post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "另一次巡查")).json().getString("id");
        var twice = handler.post("/api/v1/patrols/" + other + "/events", onSpot);
        assertEquals(409, twice.status(), "one event is not met on two patrols: " + twice.body());
        assertEquals("clientId", twice.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        var refused = leader.post("/api/v1/patrols/" + id + "/events", Patrols.event(UUID.randomUUID(), "代记", true));
        assertEquals(403, refused.status(), "a leader reads patrols but does not walk them: " + refused.body());
        var listed = leader.get("/api/v1/patrols?areaCode=410702001&from=" + Volunteers.day(Instant.now().minus(Duration.ofHours(2))));
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains(notes), listed.body());
        assertTrue(handler.get("/api/v1/patrols").body().contains(notes), "the handler's grid");
    }

    @Test
    void anotherStreetsPatrolsAreOutOfReachAndOnlyHandlersRecord() {
        ApiClient handler = ApiClient.asDemo("handler-a");
        var other = ApiClient.asDemo(OtherStreet.HANDLER).post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "东街巡查"));
        assertEquals(201, other.status(), other.body());
        String otherId = other.json().getString("id");

        assertEquals(404, handler.post("/api/v1/patrols/" + otherId + "/events", Patrols.event(UUID.randomUUID(), "越界", true)).status());
        assertEquals(403, ApiClient.asDemo("street-leader-a").get("/api/v1/patrols?areaCode=" + OtherStreet.STREET).status());
        assertEquals(403, ApiClient.asDemo("volunteer-a").get("/api/v1/patrols").status());
        assertEquals(403, ApiClient.asDemo("street-leader-a").post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "代巡")).status());
        assertEquals(403, ApiClient.asDemo("dept-urban").post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "部门")).status(),
                "a department's handler walks no grid");

        JsonObject backwards = Json.createObjectBuilder(Patrols.patrol(UUID.randomUUID(), "倒流"))
                .add("startedAt", Instant.now().toString()).build();
        var bad = handler.inLanguage("en").post("/api/v1/patrols", backwards);
        assertEquals(400, bad.status(), bad.body());
        assertEquals("A patrol cannot end before it started, nor later than now.", bad.fieldError("endedAt"));

        String own = handler.post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "巡查发现纠纷")).json().getString("id");
        var met = handler.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "巡查中发现的邻里纠纷", "LOW")
                .add("source", "PATROL").add("sourceId", own).build());
        assertEquals(201, met.status(), met.body());
        var elsewhere = handler.post("/api/v1/disputes", Disputes.dispute(UUID.randomUUID(), GRID, "别处巡查的纠纷", "LOW")
                .add("source", "PATROL").add("sourceId", otherId).build());
        assertEquals(400, elsewhere.status(), elsewhere.body());
        elsewhere.fieldError("sourceId");
    }

    @Test
    void theDailySummaryCountsPatrolsAndTheirEventsInTheGridAndUpTheTree() {
        ApiClient handler = ApiClient.asDemo("handler-a");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonObject gridBefore = dailyFigures(today, GRID);
        JsonObject streetBefore = dailyFigures(today, STREET);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = handler.post("/api/v1/patrols", Json.createObjectBuilder().add("clientId", UUID.randomUUID().toString())
                .add("startedAt", now.minusSeconds(120).toString()).add("endedAt", now.minusSeconds(60).toString()).build())
                .json().getString("id");
        assertEquals(201, handler.post("/api/v1/patrols/" + id + "/events", Patrols.event(UUID.randomUUID(), "井盖缺失", true)).status());
        assertEquals(201, handler.post("/api/v1/patrols/" + id + "/events", Patrols.event(UUID.randomUUID(), "路灯损坏", false)).status());

        assertCounted(GRID, gridBefore, dailyFigures(today, GRID));
        assertCounted(STREET, streetBefore, dailyFigures(today, STREET));
    }

    /** One patrol more, two events of it, one of them handled on the spot. */
    private static void assertCounted(String areaCode, JsonObject before, JsonObject after) {
        assertEquals(before.getInt("patrols") + 1, after.getInt("patrols"), areaCode + " patrols");
        assertEquals(before.getInt("patrolEvents") + 2, after.getInt("patrolEvents"), areaCode + " patrol events");
        assertEquals(before.getInt("eventsOnSpot") + 1, after.getInt("eventsOnSpot"), areaCode + " on the spot");
    }

    /** The area's figures of the day, computed again first. */
    private static JsonObject dailyFigures(LocalDate day, String areaCode) {
        ApiClient admin = ApiClient.asDemo("admin");
        var computed = admin.post("/api/v1/summaries/backfill", Json.createObjectBuilder()
                .add("from", day.toString()).add("to", day.toString()).build());
        assertEquals(200, computed.status(), computed.body());
        var daily = admin.get("/api/v1/summaries/daily?areaCode=" + areaCode + "&date=" + day);
        assertEquals(200, daily.status(), daily.body());
        return daily.json().getJsonObject("area").getJsonObject("figures");
    }

    private static List<String> actions(JsonObject submission) {
        return submission.getJsonArray("timeline").getValuesAs(JsonObject.class).stream().map(s -> s.getString("action")).toList();
    }
}
