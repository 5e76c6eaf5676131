package org.sanling.patrol;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A patrol as the handler's phone sends it once it ended. The client UUID makes recording idempotent: the same
 * UUID from the same handler answers the first patrol.
 */
public record NewPatrol(
        @NotNull(message = "{patrol.clientId.required}") UUID clientId,
        @NotNull(message = "{patrol.startedAt.required}") @Schema(examples = "2026-12-06T09:00:00+08:00") Instant startedAt,
        @NotNull(message = "{patrol.endedAt.required}") @Schema(examples = "2026-12-06T10:30:00+08:00") Instant endedAt,
        @Size(max = 2000, message = "{patrol.notes.size}") @Schema(examples = "巡查梦萦小区3号楼至5号楼，楼道通畅。") String notes) {
}
