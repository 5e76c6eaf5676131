package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What street B (东街街道 410702002) holds that nobody of street A, nor a department, may read: made through the
 * REST API by a volunteer living there and by its street leader, each record carrying one fresh marker word (or a
 * number or username made for it) so that any answer naming one of them can be told from every other answer.
 *
 * @param secrets   what must never reach a caller outside street B: the marker, the account's username, the
 *                  submissions' and the dispute's numbers, the check-in code of a published shift (its leaders' business)
 * @param placeholders the values a probe's {@code {name}} stands for
 */
public record OtherStreet(List<String> secrets, Map<String, String> placeholders) {

    /** The street's code and name, and a community in it. */
    public static final String STREET = "410702002";
    public static final String STREET_NAME = "东街街道";
    public static final String COMMUNITY = "410702002001";
    /** The community's handler, who patrols it. */
    public static final String HANDLER = "handler-" + COMMUNITY;

    public static OtherStreet create() throws InterruptedException {
        String marker = Portal.uniqueMarker();
        String username = Portal.uniqueUsername("east");
        var registered = ApiClient.fromNewAddress().post("/api/v1/register", Json.createObjectBuilder()
                .add("username", username).add("password", Volunteers.PASSWORD).add("displayName", "东邻" + marker)
                .add("phone", "13912345678").add("areaCode", COMMUNITY).build());
        assertEquals(201, registered.status(), registered.body());
        ApiClient resident = ApiClient.as(username, Volunteers.PASSWORD);
        ApiClient leader = ApiClient.asDemo("street-leader-b");

        var filed = resident.post("/api/v1/submissions", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("type", "COMPLAINT").add("category", "环境卫生")
                .add("areaCode", COMMUNITY).add("title", marker + "路灯不亮").add("content", "东街社区" + marker + "路灯坏了一个月。")
                .add("urgency", "NORMAL").build());
        assertEquals(201, filed.status(), filed.body());
        String submission = filed.json().getString("id");
        var photo = resident.postBytes("/api/v1/submissions/" + submission + "/photos?clientId=" + UUID.randomUUID(),
                "image/jpeg", Images.jpeg(64, 48));
        assertEquals(201, photo.status(), photo.body());

        JsonObject draft = Json.createObjectBuilder(Volunteers.campaign(marker + "清洁行动", 5, Duration.ofHours(2),
                Volunteers.someDay())).add("areaCode", COMMUNITY).build();
        var drafted = leader.post("/api/v1/campaigns", draft);
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject published = Volunteers.published(leader, Json.createObjectBuilder(Volunteers.campaign("东街公益活动", 5,
                Duration.ofHours(2), Volunteers.someDay())).add("areaCode", COMMUNITY).build());
        String publishedShift = Volunteers.firstShift(published);
        String checkCode = published.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        assertEquals(201, Volunteers.signUp(resident, publishedShift, UUID.randomUUID()).status());

        // Consultations are logged from an hour before the start: the booth opens in half an hour.
        Instant soon = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
        JsonObject booth = Json.createObjectBuilder(LegalAidEvents.booth(soon)).add("areaCode", COMMUNITY).build();
        var event = leader.post("/api/v1/legal-aid/events", booth);
        assertEquals(201, event.status(), event.body());
        String eventId = event.json().getString("id");
        var referred = leader.post("/api/v1/legal-aid/events/" + eventId + "/consultations", Json.createObjectBuilder()
                .add("clientId", UUID.randomUUID().toString()).add("topic", "物业纠纷")
                .add("summary", "东街" + marker + "物业拒修漏水楼顶").add("outcome", "REFERRED").build());
        assertEquals(201, referred.status(), referred.body());

        var dispute = leader.post("/api/v1/disputes",
                Disputes.dispute(UUID.randomUUID(), COMMUNITY, "东街" + marker + "宅基地纠纷", "HIGH").build());
        assertEquals(201, dispute.status(), dispute.body());

        var patrol = ApiClient.asDemo(HANDLER).post("/api/v1/patrols", Patrols.patrol(UUID.randomUUID(), "东街" + marker + "巡查"));
        assertEquals(201, patrol.status(), patrol.body());

        OtherStreet street = new OtherStreet(
                List.of(marker, username, filed.json().getString("number"), referred.json().getString("submissionNumber"),
                        dispute.json().getString("number"), "\"checkCode\":\"" + checkCode + "\""),
                Map.ofEntries(
                        Map.entry("marker", URLEncoder.encode(marker, StandardCharsets.UTF_8)),
                        Map.entry("street", STREET), Map.entry("community", COMMUNITY),
                        Map.entry("submission", submission), Map.entry("photo", photo.json().getString("id")),
                        Map.entry("draftCampaign", drafted.json().getString("id")),
                        Map.entry("draftShift", Volunteers.firstShift(drafted.json())),
                        Map.entry("publishedCampaign", published.getString("id")), Map.entry("publishedShift", publishedShift),
                        Map.entry("event", eventId), Map.entry("account", username),
                        Map.entry("dispute", dispute.json().getString("id")),
                        Map.entry("patrol", patrol.json().getString("id")),
                        Map.entry("today", Volunteers.day(Instant.now())),
                        Map.entry("weekAgo", Volunteers.day(Instant.now().minus(Duration.ofDays(7)))),
                        Map.entry("month", Volunteers.day(Instant.now()).substring(0, 7))));
        street.awaitIndexed();
        return street;
    }

    /** The URL of a probe, its {@code {name}}s filled in. */
    public String url(String template) {
        String url = template;
        for (var entry : placeholders.entrySet()) {
            url = url.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        if (url.contains("{")) {
            throw new IllegalArgumentException("no value for a placeholder of " + template);
        }
        return url;
    }

    /** The secret the body names, if any. */
    public Optional<String> named(String body) {
        return secrets.stream().filter(body::contains).findFirst();
    }

    /** Waits until the search index holds the street's submissions, so that searches could find them. */
    private void awaitIndexed() throws InterruptedException {
        ApiClient admin = ApiClient.asDemo("admin");
        String search = url("/api/v1/search?q={marker}");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (admin.get(search).json().getInt("total") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
