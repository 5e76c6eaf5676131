package org.sanling.it.api;

import org.sanling.it.support.ApiClient;
import org.sanling.it.support.Jobs;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jobs over REST against the real server: run now and the run in the history, schedules changed
 * without a restart, refused schedules with a message on the field, pause and resume, administrators
 * only; the shift reminders job reminds once however often it runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsIT {

    private static final String CLEANUP = "/api/v1/jobs/job-run-cleanup";
    private static final String CLEANUP_CRON = "0 30 3 * * ?";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment(name = Portal.SHARED)
    static EnterpriseArchive deployment() {
        return SharedPortal.deployment();
    }

    @Test
    void everyJobIsListedWithItsScheduleAndNextRun() {
        var jobs = ApiClient.asDemo("admin").get("/api/v1/jobs");
        assertEquals(200, jobs.status(), jobs.body());
        JsonObject dayEnd = job(jobs.array().getValuesAs(JsonObject.class), "attendance-day-end");
        assertEquals("0 55 23 * * ?", dayEnd.getString("cron"));
        assertEquals("Asia/Shanghai", dayEnd.getString("timeZone"));
        OffsetDateTime next = OffsetDateTime.parse(dayEnd.getString("nextRun"));
        assertEquals(23, next.atZoneSameInstant(SHANGHAI).getHour());
        assertEquals(55, next.getMinute());
        for (String name : new String[]{"shift-reminders", "job-run-cleanup", "deadline-scan", "index-verification",
                "daily-summary", "summary-today", "sanling-board"}) {
            assertTrue(job(jobs.array().getValuesAs(JsonObject.class), name).containsKey("nextRun"), name);
        }
    }

    @Test
    void runNowAnswers202AndTheRunAppearsInTheHistoryAsSucceeded() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        long before = Jobs.latestRunId(admin, "job-run-cleanup");
        var run = admin.post(CLEANUP + "/run", Json.createObjectBuilder().build());
        assertEquals(202, run.status(), run.body());
        JsonObject latest = Jobs.runAfter(admin, "job-run-cleanup", before);
        assertEquals("SUCCEEDED", latest.getString("outcome"), latest.toString());
        assertTrue(latest.getString("counts").startsWith("deleted="), latest.toString());
        assertFalse(latest.containsKey("error"), "no error: " + latest);
        JsonObject listed = job(admin.get("/api/v1/jobs").array().getValuesAs(JsonObject.class), "job-run-cleanup");
        assertEquals("SUCCEEDED", listed.getString("lastOutcome"));
        assertEquals(latest.getString("startedAt"), listed.getString("lastRun"));
    }

    @Test
    void aNewCronTakesEffectAtOnceWithoutARestart() {
        ApiClient admin = ApiClient.asDemo("admin");
        try {
            var changed = admin.put(CLEANUP + "/schedule", schedule("0 0 3 * * ?", "Asia/Shanghai"));
            assertEquals(200, changed.status(), changed.body());
            OffsetDateTime atThree = OffsetDateTime.parse(changed.json().getString("nextRun"));
            assertEquals(3, atThree.atZoneSameInstant(SHANGHAI).getHour());
            assertEquals(0, atThree.getMinute());

            var inUtc = admin.put(CLEANUP + "/schedule", schedule("0 15 4 * * ?", "UTC"));
            assertEquals(200, inUtc.status(), inUtc.body());
            JsonObject listed = job(admin.get("/api/v1/jobs").array().getValuesAs(JsonObject.class), "job-run-cleanup");
            assertEquals("0 15 4 * * ?", listed.getString("cron"));
            assertEquals("UTC", listed.getString("timeZone"));
            OffsetDateTime next = OffsetDateTime.parse(listed.getString("nextRun"));
            assertNotEquals(atThree, next);
            assertEquals(4, next.withOffsetSameInstant(ZoneOffset.UTC).getHour());
            assertEquals(15, next.getMinute());
        } finally {
            admin.put(CLEANUP + "/schedule", schedule(CLEANUP_CRON, "Asia/Shanghai"));
        }
    }

    @Test
    void aBadScheduleIsRefusedWithAMessageOnItsFieldInTheCallersLanguage() {
        ApiClient admin = ApiClient.asDemo("admin");
        var badCron = admin.put(CLEANUP + "/schedule", schedule("0 0 25 * * ?", "Asia/Shanghai"));
        assertEquals(400, badCron.status(), badCron.body());
        assertTrue(badCron.fieldError("cron").contains("不是有效的 Cron 表达式"), badCron.body());

        var inEnglish = admin.inLanguage("en").put(CLEANUP + "/schedule", schedule("every day", "Asia/Shanghai"));
        assertEquals(400, inEnglish.status(), inEnglish.body());
        assertTrue(inEnglish.fieldError("cron").contains("is not a valid cron expression"), inEnglish.body());

        var badZone = admin.put(CLEANUP + "/schedule", schedule("0 0 3 * * ?", "Mars/Olympus"));
        assertEquals(400, badZone.status(), badZone.body());
        assertTrue(badZone.fieldError("timeZone").contains("Mars/Olympus"), badZone.body());

        var never = admin.put(CLEANUP + "/schedule", schedule("0 0 3 1 1 ? 2001", "Asia/Shanghai"));
        assertEquals(400, never.status(), never.body());
        never.fieldError("cron");

        assertEquals(CLEANUP_CRON, admin.get(CLEANUP).json().getString("cron"), "a refused schedule changes nothing");
    }

    @Test
    void aPausedJobHasNoNextRunUntilResumed() {
        ApiClient admin = ApiClient.asDemo("admin");
        try {
            var paused = admin.post(CLEANUP + "/pause", Json.createObjectBuilder().build());
            assertEquals(200, paused.status(), paused.body());
            assertTrue(paused.json().getBoolean("paused"));
            assertFalse(paused.json().containsKey("nextRun"), "no next run while paused");
            assertTrue(admin.get(CLEANUP).json().getBoolean("paused"), "paused for the next reader too");
        } finally {
            var resumed = admin.post(CLEANUP + "/resume", Json.createObjectBuilder().build());
            assertEquals(200, resumed.status(), resumed.body());
            assertFalse(resumed.json().getBoolean("paused"));
            assertTrue(resumed.json().containsKey("nextRun"));
        }
    }

    @Test
    void anUnknownJobIs404() {
        assertEquals(404, ApiClient.asDemo("admin").post("/api/v1/jobs/no-such-job/run", Json.createObjectBuilder().build()).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"district-leader", "handler-a", "supervisor-a", "volunteer-a"})
    void nobodyButAdministratorsSeesOrTouchesTheJobs(String username) {
        ApiClient other = ApiClient.asDemo(username);
        assertEquals(403, other.get("/api/v1/jobs").status());
        assertEquals(403, other.get(CLEANUP + "/runs").status());
        assertEquals(403, other.post(CLEANUP + "/run", Json.createObjectBuilder().build()).status());
        assertEquals(403, other.put(CLEANUP + "/schedule", schedule("0 0 3 * * ?", "Asia/Shanghai")).status());
        assertEquals(403, other.post(CLEANUP + "/pause", Json.createObjectBuilder().build()).status());
        assertEquals(401, ApiClient.anonymous().get("/api/v1/jobs").status());
    }

    @Test
    void aVolunteerIsRemindedOfTomorrowsShiftOnceHoweverOftenTheJobRuns() throws Exception {
        ApiClient admin = ApiClient.asDemo("admin");
        ApiClient leader = ApiClient.asDemo("street-leader-a");
        ApiClient volunteer = Volunteers.register(1).get(0);
        String title = "明日提醒测试 " + UUID.randomUUID().toString().substring(0, 6);
        Instant tomorrow = LocalDate.now(SHANGHAI).plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant()
                .plus(Duration.ofMinutes(UUID.randomUUID().hashCode() & 0x1ff));
        JsonObject campaign = Volunteers.published(leader, Volunteers.campaign(title, 5, Duration.ofHours(2), tomorrow));
        var signedUp = Volunteers.signUp(volunteer, Volunteers.firstShift(campaign), UUID.randomUUID());
        assertEquals(201, signedUp.status(), signedUp.body());

        for (int i = 0; i < 2; i++) {
            long before = Jobs.latestRunId(admin, "shift-reminders");
            assertEquals(202, admin.post("/api/v1/jobs/shift-reminders/run", Json.createObjectBuilder().build()).status());
            assertEquals("SUCCEEDED", Jobs.runAfter(admin, "shift-reminders", before).getString("outcome"));
        }
        long reminders = volunteer.get("/api/v1/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("SHIFT_REMINDER") && n.getString("text").contains(title))
                .count();
        assertEquals(1, reminders);
    }

    private static JsonObject job(java.util.List<JsonObject> jobs, String name) {
        return jobs.stream().filter(j -> j.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + name + " in " + jobs));
    }

    private static JsonObject schedule(String cron, String timeZone) {
        return Json.createObjectBuilder().add("cron", cron).add("timeZone", timeZone).build();
    }
}
