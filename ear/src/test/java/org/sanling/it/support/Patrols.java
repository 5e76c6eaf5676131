package org.sanling.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Grid patrols and their events as the ITs send them. */
public final class Patrols {

    private Patrols() {
    }

    /** A patrol of an hour that ended a minute ago, with the given notes. */
    public static JsonObject patrol(UUID clientId, String notes) {
        Instant ended = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        return Json.createObjectBuilder().add("clientId", clientId.toString())
                .add("startedAt", ended.minus(Duration.ofHours(1)).toString()).add("endedAt", ended.toString())
                .add("notes", notes).build();
    }

    /** An event met on a patrol, in the fire-safety category. */
    public static JsonObject event(UUID clientId, String title, boolean handledOnSpot) {
        return Json.createObjectBuilder().add("clientId", clientId.toString()).add("category", "消防安全")
                .add("title", title).add("description", "3号楼一单元楼道内发现：" + title + "。")
                .add("place", "梦萦小区3号楼一单元").add("handledOnSpot", handledOnSpot).build();
    }
}
