package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consultations in the search index: a leader finds one by its words within moments, leading to its event,
 * in the event's area only, without the citizen's name or phone; a rebuild keeps it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationSearchIT {

    private static final String CITIZEN_NAME = "王秀英";
    private static final String CITIZEN_PHONE = "13912345678";

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    private static String search(String marker) {
        return "/api/v1/search?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8);
    }

    /** Searches until the outbox indexer has caught up, at most {@code limit}. */
    private static JsonObject searchUntilFound(ApiClient who, String marker, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonObject result;
        do {
            result = who.get(search(marker)).json();
            if (result.getInt("total") > 0) {
                return result;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return result;
    }

    @Test
    void aLeaderFindsALoggedConsultationByItsWordsInTheEventsAreaOnlyAndWithoutTheCitizen() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        Instant start = Instant.now().plus(Duration.ofMinutes(20));
        var scheduled = leader.post("/api/v1/legal-aid/events", Json.createObjectBuilder()
                .add("kind", "CONSULTATION_DAY").add("title", "劳动维权咨询日").add("place", "梦萦小区党群服务中心")
                .add("areaCode", "410702001001").add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(3)).toString())
                .add("topics", Json.createArrayBuilder().add("劳动争议"))
                .add("slots", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "LAWYER").add("count", 1)))
                .build());
        assertEquals(201, scheduled.status(), scheduled.body());
        String eventId = scheduled.json().getString("id");
        String marker = Portal.uniqueMarker();

        var logged = leader.post("/api/v1/legal-aid/events/" + eventId + "/consultations", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("topic", "劳动争议")
                .add("summary", "装修公司拖欠" + marker + "工资三个月").add("outcome", "ANSWERED")
                .add("citizenName", CITIZEN_NAME).add("citizenPhone", CITIZEN_PHONE).add("citizenConsent", true).build());
        assertEquals(201, logged.status(), logged.body());
        long loggedAt = System.nanoTime();
        JsonObject found = searchUntilFound(leader, marker, Duration.ofSeconds(5));
        long millis = (System.nanoTime() - loggedAt) / 1_000_000;

        assertEquals(1, found.getInt("total"), found.toString());
        assertTrue(millis < 5_000, "searchable after " + millis + " ms");
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals("CONSULTATION", hit.getString("kind"));
        assertEquals("C-" + logged.json().getString("id"), hit.getString("id"));
        assertEquals(eventId, hit.getString("eventId"), "the hit leads to the event");
        assertEquals("劳动争议：装修公司拖欠" + marker + "工资三个月", hit.getString("title"));
        assertEquals("410702001001", hit.getString("areaCode"));
        assertEquals("ANSWERED", hit.getString("status"));
        assertTrue(found.getJsonObject("facets").getJsonArray("status").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("key").equals("ANSWERED") && f.getString("label").equals("当场解答")), found.toString());
        assertFalse(found.toString().contains(CITIZEN_NAME) || found.toString().contains(CITIZEN_PHONE),
                "the citizen's name and phone are not in the index: " + found);
        assertEquals(0, leader.get(search(CITIZEN_PHONE)).json().getInt("total"), "nobody finds a consultation by the citizen's phone");

        assertEquals(0, ApiClient.asDemo("street-leader-b").get(search(marker)).json().getInt("total"),
                "another street's leader sees nothing of it, not even a count");
        assertEquals(1, ApiClient.asDemo("district-leader").get(search(marker)).json().getInt("total"));

        rebuildTheIndex();
        assertEquals(1, leader.get(search(marker)).json().getInt("total"), "a rebuild reads consultations too");
    }

    private static void rebuildTheIndex() throws InterruptedException {
        ApiClient admin = ApiClient.asDemo("admin");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        var started = admin.post("/api/v1/search/rebuild", Json.createObjectBuilder().build());
        while (started.status() == 409 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            started = admin.post("/api/v1/search/rebuild", Json.createObjectBuilder().build());
        }
        assertEquals(202, started.status(), started.body());
        JsonObject status = admin.get("/api/v1/search/rebuild").json();
        while (status.getBoolean("running") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = admin.get("/api/v1/search/rebuild").json();
        }
        assertFalse(status.getBoolean("running"), status.toString());
        assertFalse(status.containsKey("error"), status.toString());
    }
}
