package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Running a job through the REST API as an administrator and waiting for its run. */
public final class Jobs {

    private Jobs() {
    }

    /** Runs the job now and returns its run from the history once it has ended (within 60 s). */
    public static JsonObject runNow(ApiClient admin, String job) throws InterruptedException {
        long before = latestRunId(admin, job);
        var started = admin.post("/api/v1/jobs/" + job + "/run", Json.createObjectBuilder().build());
        assertEquals(202, started.status(), started.body());
        return runAfter(admin, job, before);
    }

    /** The id of the job's latest run, or 0 if it never ran. */
    public static long latestRunId(ApiClient admin, String job) {
        var runs = admin.get("/api/v1/jobs/" + job + "/runs?max=1");
        assertEquals(200, runs.status(), runs.body());
        return runs.array().isEmpty() ? 0 : runs.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The job's first run after the run {@code before}, waiting up to 60 s for it to end. */
    public static JsonObject runAfter(ApiClient admin, String job, long before) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            var runs = admin.get("/api/v1/jobs/" + job + "/runs?max=1");
            assertEquals(200, runs.status(), runs.body());
            if (!runs.array().isEmpty() && runs.array().getJsonObject(0).getJsonNumber("id").longValue() != before) {
                return runs.array().getJsonObject(0);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no run of " + job + " after run " + before);
    }
}
