package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Legal-aid events for the tests, as the REST API takes and returns them. */
public final class LegalAidEvents {

    /** 梦萦小区第1网格: handler-a's grid, in street-leader-a's street. */
    public static final String GRID = "410702001001001";

    private LegalAidEvents() {
    }

    /** A two-hour 普法宣传 booth in the grid with three topics, one lawyer's place and two volunteers'. */
    public static JsonObject booth(Instant start) {
        return Json.createObjectBuilder().add("kind", "INFO_BOOTH").add("title", "普法宣传进社区")
                .add("place", "梦萦小区文化广场").add("areaCode", GRID).add("startsAt", start.toString())
                .add("endsAt", start.plus(Duration.ofHours(2)).toString())
                .add("topics", Json.createArrayBuilder().add("民法典").add("劳动争议").add("物业纠纷"))
                .add("slots", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "LAWYER").add("count", 1))
                        .add(Json.createObjectBuilder().add("role", "VOLUNTEER").add("count", 2)))
                .build();
    }

    /** A newly registered volunteer whom the admin has given the LAWYER qualification, signed in. */
    public static ApiClient newLawyer() throws Exception {
        ApiClient lawyer = Volunteers.register(1).get(0);
        String username = lawyer.get("/api/v1/me").json().getString("username");
        var qualified = ApiClient.asDemo("admin").put("/api/v1/accounts/" + username + "/qualifications",
                Json.createArrayBuilder().add("LAWYER").build());
        assertEquals(200, qualified.status(), qualified.body());
        return lawyer;
    }

    /** The shift behind the event's places for {@code role} (LAWYER or VOLUNTEER). */
    public static String slot(JsonObject event, String role) {
        return event.getJsonArray("slots").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("role").equals(role)).findFirst().orElseThrow().getString("shiftId");
    }
}
