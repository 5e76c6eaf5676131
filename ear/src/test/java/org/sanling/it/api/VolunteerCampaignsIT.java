package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanling.it.support.Volunteers.campaign;
import static org.sanling.it.support.Volunteers.firstShift;
import static org.sanling.it.support.Volunteers.published;
import static org.sanling.it.support.Volunteers.signUp;
import static org.sanling.it.support.Volunteers.someDay;

/** Volunteer campaigns over REST: roles and scope, sign-up rules, waitlist and promotion, attendance, validation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VolunteerCampaignsIT {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void draftsAreTheLeadersBusinessAndOnlyLeadersOfTheAreaManageACampaign() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient otherLeader = ApiClient.asDemo("street-leader-b");
        ApiClient volunteer = ApiClient.asDemo("volunteer-a");
        Instant start = someDay();
        JsonObject body = campaign("楼道清理行动", 5, TWO_HOURS, start);
        String thatDay = "/api/v1/campaigns?areaCode=" + Volunteers.COMMUNITY + "&from=" + Volunteers.day(start)
                + "&to=" + Volunteers.day(start);

        assertEquals(403, volunteer.post("/api/v1/campaigns", body).status(), "volunteers do not create campaigns");
        assertEquals(403, otherLeader.post("/api/v1/campaigns", body).status(), "street b's leader cannot create in street a");

        var draft = leader.post("/api/v1/campaigns", body);
        assertEquals(201, draft.status(), draft.body());
        String id = draft.json().getString("id");
        assertEquals("DRAFT", draft.json().getString("status"));
        assertTrue(draft.json().getBoolean("canManage"));
        assertFalse(draft.json().getJsonArray("shifts").getJsonObject(0).getString("checkCode").isBlank(),
                "the leader sees the shift's check-in code");

        assertEquals(404, volunteer.get("/api/v1/campaigns/" + id).status(), "a draft does not exist for volunteers");
        assertFalse(campaignIds(volunteer.get(thatDay)).contains(id));
        assertTrue(campaignIds(leader.get(thatDay)).contains(id), "the leader lists the draft");
        assertEquals(404, otherLeader.get("/api/v1/campaigns/" + id).status(), "nor for leaders of other streets");
        assertEquals(404, otherLeader.post("/api/v1/campaigns/" + id + "/publish", Json.createObjectBuilder().build()).status());

        var published = leader.post("/api/v1/campaigns/" + id + "/publish", Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published.body());
        assertTrue(campaignIds(volunteer.get(thatDay)).contains(id), "published, it is listed for volunteers");
        var seen = volunteer.get("/api/v1/campaigns/" + id);
        assertEquals(200, seen.status());
        assertFalse(seen.json().getBoolean("canManage"));
        assertFalse(seen.json().getJsonArray("shifts").getJsonObject(0).containsKey("checkCode"), "volunteers never see the code");
        assertEquals(403, otherLeader.post("/api/v1/campaigns/" + id + "/close", Json.createObjectBuilder().build()).status(),
                "a published campaign is visible to all, managed by its area's leaders only");
        assertEquals(409, leader.post("/api/v1/campaigns/" + id + "/publish", Json.createObjectBuilder().build()).status(),
                "publishing twice is a state conflict");
        assertEquals(403, otherLeader.put("/api/v1/campaigns/" + id, body).status(), "nor edited by them");
        assertEquals(403, volunteer.put("/api/v1/campaigns/" + id, body).status(), "volunteers do not edit campaigns");
    }

    @Test
    void aSignupIsIdempotentByClientIdAndTheSamePersonCannotSignUpTwice() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient volunteer = ApiClient.asDemo("volunteer-a");
        String shift = firstShift(published(leader, campaign("敬老院陪伴", 3, TWO_HOURS, someDay())));
        UUID clientId = UUID.randomUUID();

        var first = signUp(volunteer, shift, clientId);
        assertEquals(201, first.status(), first.body());
        assertEquals("CONFIRMED", first.json().getString("status"));
        var replay = signUp(volunteer, shift, clientId);
        assertEquals(200, replay.status(), replay.body());
        assertEquals(first.json().getString("id"), replay.json().getString("id"));
        assertEquals(first.json().getString("status"), replay.json().getString("status"));

        var twice = signUp(volunteer, shift, UUID.randomUUID());
        assertEquals(409, twice.status(), twice.body());
        assertTrue(twice.json().getString("detail").contains("敬老院陪伴"), twice.body());
        var roster = leader.get("/api/v1/shifts/" + shift + "/roster");
        assertEquals(1, roster.json().getJsonArray("confirmed").size(), roster.body());
    }

    @Test
    void aCancellationPromotesTheFirstWaitlistedVolunteerWhoIsNotified() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient a = ApiClient.asDemo("volunteer-a");
        ApiClient b = ApiClient.asDemo("volunteer-b");
        String shift = firstShift(published(leader, campaign("防汛沙袋装填", 1, TWO_HOURS, someDay())));

        var first = signUp(a, shift, UUID.randomUUID());
        assertEquals("CONFIRMED", first.json().getString("status"), first.body());
        var second = signUp(b, shift, UUID.randomUUID());
        assertEquals(201, second.status(), second.body());
        assertEquals("WAITLISTED", second.json().getString("status"));
        assertEquals(1, second.json().getInt("position"));

        long unreadBefore = b.get("/api/v1/notifications").json().getJsonNumber("unread").longValue();
        var cancelled = a.delete("/api/v1/signups/" + first.json().getString("id"));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));

        var mine = b.get("/api/v1/me/signups").json().getJsonArray("upcoming");
        var promoted = mine.stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("id").equals(second.json().getString("id"))).findFirst().orElseThrow();
        assertEquals("CONFIRMED", promoted.getString("status"));
        var notices = b.get("/api/v1/notifications").json();
        assertEquals(unreadBefore + 1, notices.getJsonNumber("unread").longValue(), notices.toString());
        var notice = notices.getJsonArray("items").getJsonObject(0);
        assertEquals("PROMOTED", notice.getString("kind"));
        assertTrue(notice.getString("text").contains("防汛沙袋装填"), notice.toString());
        assertEquals(204, a.post("/api/v1/notifications/" + notice.getString("id") + "/read", Json.createObjectBuilder().build()).status());
        assertEquals(unreadBefore + 1, b.get("/api/v1/notifications").json().getJsonNumber("unread").longValue(),
                "nobody marks someone else's notice read");
        assertEquals(204, b.post("/api/v1/notifications/" + notice.getString("id") + "/read", Json.createObjectBuilder().build()).status());
        assertEquals(unreadBefore, b.get("/api/v1/notifications").json().getJsonNumber("unread").longValue());
    }

    @Test
    void nobodyHoldsTwoConfirmedShiftsAtTheSameTimeAndTheMessageNamesTheOther() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient volunteer = ApiClient.asDemo("volunteer-b");
        Instant start = someDay();
        String morning = firstShift(published(leader, campaign("文明交通劝导", 4, TWO_HOURS, start)));
        String overlapping = firstShift(published(leader, campaign("垃圾分类宣传", 4, TWO_HOURS, start.plus(Duration.ofHours(1)))));
        String afterwards = firstShift(published(leader, campaign("社区义诊", 4, TWO_HOURS, start.plus(TWO_HOURS))));

        assertEquals(201, signUp(volunteer, morning, UUID.randomUUID()).status());
        var clash = signUp(volunteer.inLanguage("en"), overlapping, UUID.randomUUID());
        assertEquals(409, clash.status(), clash.body());
        assertTrue(clash.json().getString("detail").contains("文明交通劝导"), clash.body());
        assertEquals(201, signUp(volunteer, afterwards, UUID.randomUUID()).status(), "a shift starting when the other ends is fine");
    }

    @Test
    void leadersGetSuggestionsAndAssignVolunteersWhoAreNotified() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        String shift = firstShift(published(leader, campaign("社区环境整治", 2, TWO_HOURS, someDay())));

        var suggestions = leader.get("/api/v1/shifts/" + shift + "/suggestions");
        assertEquals(200, suggestions.status(), suggestions.body());
        var list = Json.createReader(new java.io.StringReader(suggestions.body())).readArray();
        assertFalse(list.isEmpty(), "the street has volunteers");
        var best = list.getJsonObject(0);
        assertTrue(best.getBoolean("free"), best.toString());
        assertEquals(403, ApiClient.asDemo("street-leader-b").get("/api/v1/shifts/" + shift + "/suggestions").status());
        assertEquals(403, ApiClient.asDemo("volunteer-a").get("/api/v1/shifts/" + shift + "/suggestions").status());

        var assigned = leader.post("/api/v1/shifts/" + shift + "/assignments",
                Json.createObjectBuilder().add("username", best.getString("username")).build());
        assertEquals(201, assigned.status(), assigned.body());
        assertEquals("CONFIRMED", assigned.json().getString("status"));
        var notAVolunteer = leader.post("/api/v1/shifts/" + shift + "/assignments",
                Json.createObjectBuilder().add("username", "handler-a").build());
        assertEquals(400, notAVolunteer.status(), notAVolunteer.body());
        assertEquals("username", notAVolunteer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void checkingInNeedsTheShiftCodeAndCheckingOutCreditsTimeWithinTheShift() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        // A new volunteer: nothing else of theirs is on today. Check-in opens 30 minutes before the start.
        ApiClient volunteer = Volunteers.register(1).get(0);
        Instant start = Instant.now().plus(Duration.ofMinutes(20));
        var campaign = published(leader, campaign("清扫小广场", 2, TWO_HOURS, start));
        String shift = firstShift(campaign);
        String code = campaign.getJsonArray("shifts").getJsonObject(0).getString("checkCode");
        String signup = signUp(volunteer, shift, UUID.randomUUID()).json().getString("id");
        String wrong = code.equals("000000") ? "111111" : "000000";

        var refused = volunteer.post("/api/v1/signups/" + signup + "/check-in", Json.createObjectBuilder().add("code", wrong).build());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("code", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var future = volunteer.post("/api/v1/signups/" + signup + "/check-in", Json.createObjectBuilder().add("code", code)
                .add("at", Instant.now().plus(Duration.ofHours(1)).toString()).build());
        assertEquals(400, future.status(), "a check-in cannot be dated in the future: " + future.body());

        assertEquals(404, ApiClient.asDemo("volunteer-b").post("/api/v1/signups/" + signup + "/check-in",
                Json.createObjectBuilder().add("code", code).build()).status(), "nobody checks in someone else, code or not");
        assertEquals(404, ApiClient.asDemo("street-leader-b").post("/api/v1/signups/" + signup + "/no-show",
                Json.createObjectBuilder().build()).status(), "a leader of another street does not mark attendance here");
        var in = volunteer.post("/api/v1/signups/" + signup + "/check-in", Json.createObjectBuilder().add("code", code).build());
        assertEquals(200, in.status(), in.body());
        assertFalse(in.json().isNull("checkedInAt"));
        var out = volunteer.post("/api/v1/signups/" + signup + "/check-out", Json.createObjectBuilder().add("code", code).build());
        assertEquals(200, out.status(), out.body());
        assertEquals("ATTENDED", out.json().getString("attendance"));
        assertEquals(0, out.json().getInt("creditedMinutes"), "time before the shift's start is not credited");
        var replay = volunteer.post("/api/v1/signups/" + signup + "/check-out", Json.createObjectBuilder().add("code", code).build());
        assertEquals(out.json().getString("checkedOutAt"), replay.json().getString("checkedOutAt"), "a replay changes nothing");

        var hours = volunteer.get("/api/v1/me/hours");
        assertEquals(200, hours.status(), hours.body());
        assertTrue(hours.json().getJsonNumber("personTimes").longValue() >= 1, hours.body());
    }

    @Test
    void badCampaignsAreRefusedFieldByFieldInTheCallersLanguage() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        Instant start = someDay();
        var backwards = Json.createObjectBuilder(campaign("反向班次", 3, TWO_HOURS, start))
                .add("shifts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("startsAt", start.toString())
                        .add("endsAt", start.minus(TWO_HOURS).toString()).add("place", "南门").add("capacity", 3)))
                .build();
        var refused = leader.post("/api/v1/campaigns", backwards);
        assertEquals(400, refused.status(), refused.body());
        var error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("shifts[0].endsAt", error.getString("field"));
        assertEquals("结束时间必须晚于开始时间。", error.getString("message"));

        var empty = Json.createObjectBuilder().add("title", "").add("category", "").add("shifts", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("place", "").add("capacity", 0))).build();
        var english = leader.inLanguage("en").post("/api/v1/campaigns", empty);
        assertEquals(400, english.status(), english.body());
        String body = english.body();
        for (String expected : List.of("Please enter the campaign's title.", "Please choose a category.",
                "Please enter when the shift starts.", "The capacity must be between 1 and 1000.")) {
            assertTrue(body.contains(expected), body);
        }
        assertTrue(body.contains("\"shifts[0].capacity\""), body);
        var noCategory = leader.post("/api/v1/campaigns", Json.createObjectBuilder(campaign("类别错误", 3, TWO_HOURS, start))
                .add("category", "不存在的类别").build());
        assertEquals(400, noCategory.status());
        assertEquals("category", noCategory.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void cancellingACampaignEndsEverySignupAndTellsTheVolunteers() {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient volunteer = ApiClient.asDemo("volunteer-b");
        var campaign = published(leader, campaign("广场舞噪音劝导", 2, TWO_HOURS, someDay()));
        String signup = signUp(volunteer, firstShift(campaign), UUID.randomUUID()).json().getString("id");

        var cancelled = leader.post("/api/v1/campaigns/" + campaign.getString("id") + "/cancel", Json.createObjectBuilder().build());
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        var history = volunteer.get("/api/v1/me/signups").json().getJsonArray("past").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("id").equals(signup)).findFirst().orElseThrow();
        assertEquals("CANCELLED", history.getString("status"));
        var notice = volunteer.get("/api/v1/notifications").json().getJsonArray("items").getJsonObject(0);
        assertEquals("CAMPAIGN_CANCELLED", notice.getString("kind"));
    }

    /**
     * The invariant under load: 200 volunteers sign up for 50 places at once; exactly 50 are confirmed and
     * 150 waitlisted in one order (positions 1…150). Then 20 confirmed volunteers cancel at once: the first
     * 20 of the waitlist take their places, and the shift still has exactly 50.
     */
    @Test
    void capacityHoldsUnderConcurrentSignupsAndCancellations() throws Exception {
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        String shift = firstShift(published(leader, campaign("大型义务植树", 50, TWO_HOURS, someDay())));
        List<ApiClient> volunteers = Volunteers.register(200);

        List<JsonObject> answers = all(volunteers.stream().map(v -> (Callable<ApiClient.Reply>) () ->
                signUp(v, shift, UUID.randomUUID())).toList()).stream().map(r -> {
            assertEquals(201, r.status(), r.body());
            return r.json();
        }).toList();
        assertEquals(50, answers.stream().filter(a -> a.getString("status").equals("CONFIRMED")).count());
        assertEquals(150, answers.stream().filter(a -> a.getString("status").equals("WAITLISTED")).count());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 150).boxed().toList(),
                answers.stream().filter(a -> a.getString("status").equals("WAITLISTED")).map(a -> a.getInt("position")).sorted().toList(),
                "every waitlisted volunteer has their own place in the queue");

        var before = leader.get("/api/v1/shifts/" + shift + "/roster").json();
        List<String> firstWaiting = before.getJsonArray("waitlist").stream().limit(20)
                .map(e -> ((JsonObject) e).getString("signupId")).toList();
        List<Callable<ApiClient.Reply>> cancellations = new ArrayList<>();
        for (int i = 0; i < volunteers.size() && cancellations.size() < 20; i++) {
            if (answers.get(i).getString("status").equals("CONFIRMED")) {
                ApiClient v = volunteers.get(i);
                String id = answers.get(i).getString("id");
                cancellations.add(() -> v.delete("/api/v1/signups/" + id));
            }
        }
        all(cancellations).forEach(r -> assertEquals(200, r.status(), r.body()));

        var after = leader.get("/api/v1/shifts/" + shift + "/roster").json();
        assertEquals(50, after.getJsonArray("confirmed").size());
        assertEquals(130, after.getJsonArray("waitlist").size());
        assertEquals(50, after.getJsonObject("shift").getInt("confirmed"), "the shift's count agrees with its roster");
        assertEquals(130, after.getJsonObject("shift").getInt("waitlisted"));
        List<String> confirmedNow = after.getJsonArray("confirmed").stream().map(e -> ((JsonObject) e).getString("signupId")).toList();
        assertTrue(confirmedNow.containsAll(firstWaiting), "the first 20 of the waitlist were promoted");
    }

    private static List<String> campaignIds(ApiClient.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream().map(c -> ((JsonObject) c).getString("id")).toList();
    }

    private static List<ApiClient.Reply> all(List<Callable<ApiClient.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<ApiClient.Reply>> futures = pool.invokeAll(calls);
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (Future<ApiClient.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
