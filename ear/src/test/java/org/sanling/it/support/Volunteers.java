package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Campaigns and volunteers for the tests, made through the REST API as any client would. */
public final class Volunteers {

    /** 梦萦小区, in street-leader-a's street 410702001. */
    public static final String COMMUNITY = "410702001001";
    /** The password of the volunteers the tests register. */
    public static final String PASSWORD = "Passw0rd!";

    private Volunteers() {
    }

    /** A campaign body with one shift per start given, each {@code hours} long, in 梦萦小区. */
    public static JsonObject campaign(String title, int capacity, Duration hours, Instant... starts) {
        JsonArrayBuilder shifts = Json.createArrayBuilder();
        for (Instant start : starts) {
            shifts.add(Json.createObjectBuilder().add("startsAt", start.toString()).add("endsAt", start.plus(hours).toString())
                    .add("place", "梦萦小区南门").add("capacity", capacity).add("skills", Json.createArrayBuilder().add("急救")));
        }
        return Json.createObjectBuilder().add("title", title).add("description", "清理楼道杂物，宣传消防安全。")
                .add("category", "环境整治").add("areaCode", COMMUNITY).add("skills", Json.createArrayBuilder().add("摄影"))
                .add("shifts", shifts).build();
    }

    /** Creates and publishes a campaign as the leader; answers the published campaign. */
    public static JsonObject published(ApiClient leader, JsonObject campaign) {
        var created = leader.post("/api/v1/campaigns", campaign);
        assertEquals(201, created.status(), created.body());
        var published = leader.post("/api/v1/campaigns/" + created.json().getString("id") + "/publish", Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published.body());
        return published.json();
    }

    public static String firstShift(JsonObject campaign) {
        return campaign.getJsonArray("shifts").getJsonObject(0).getString("id");
    }

    public static ApiClient.Reply signUp(ApiClient volunteer, String shiftId, UUID clientId) {
        return volunteer.post("/api/v1/shifts/" + shiftId + "/signups",
                Json.createObjectBuilder().add("clientId", clientId.toString()).build());
    }

    /**
     * Registers a new volunteer living in 梦萦小区 (street-leader-a's street) and answers the username. Each
     * registers from a phone of their own (an address of their own): registrations are throttled per client.
     */
    public static String registerOne(String prefix, String displayName) {
        String username = Portal.uniqueUsername(prefix);
        var reply = ApiClient.fromNewAddress().post("/api/v1/register", Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("displayName", displayName)
                .add("phone", "13912345678").add("areaCode", COMMUNITY).build());
        assertEquals(201, reply.status(), reply.body());
        return username;
    }

    /** Registers {@code count} new volunteers in 梦萦小区 and logs them in, a few at a time. */
    public static List<ApiClient> register(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiClient>> logins = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                logins.add(pool.submit(() -> ApiClient.as(registerOne("vol", "测试志愿者"), PASSWORD)));
            }
            List<ApiClient> volunteers = new ArrayList<>();
            for (Future<ApiClient> login : logins) {
                volunteers.add(login.get());
            }
            return volunteers;
        } finally {
            pool.shutdown();
        }
    }

    /** The day of an instant in Asia/Shanghai, as the API's filters take it (yyyy-MM-dd). */
    public static String day(Instant instant) {
        return instant.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    }

    /**
     * A start time on a random minute 60 to 360 days ahead: the shifts of different tests (and of earlier
     * runs on the same database) do not overlap by accident, and stay clear of the demo's shifts.
     */
    public static Instant someDay() {
        long minutes = ThreadLocalRandom.current().nextLong(60L * 24 * 60, 360L * 24 * 60);
        return Instant.now().plus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.MINUTES);
    }
}
