package org.sanling.web.search;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.search.IndexRebuilder;
import org.sanling.search.RebuildProgress;
import org.sanling.supervision.DeadlinePolicy;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Rebuilding this node's search index (administrators): {@code POST} starts a rebuild in the background
 * (202, or 409 while one runs), {@code GET} tells how the running or latest one goes.
 */
@Path("search/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class IndexRebuildsResource {

    /** {@link RebuildProgress} with times in Asia/Shanghai; {@code startedAt} null if none ran since the node started. */
    public record Status(boolean running, long done, long total, int percent, OffsetDateTime startedAt,
                         OffsetDateTime finishedAt, Long sequence, String error) {

        static Status of(RebuildProgress p) {
            return new Status(p.running(), p.done(), p.total(), p.percent(), local(p.startedAt()), local(p.finishedAt()),
                    p.sequence(), p.error());
        }

        private static OffsetDateTime local(Instant instant) {
            return instant == null ? null : instant.atZone(DeadlinePolicy.ZONE).toOffsetDateTime();
        }
    }

    @Inject
    private IndexRebuilder rebuilder;

    @APIResponse(responseCode = "202", description = "The rebuild has started; its progress so far.",
            content = @Content(schema = @Schema(implementation = Status.class)))
    @POST
    public Response start() {
        return Response.accepted(Status.of(rebuilder.start())).build();
    }

    @GET
    public Status status() {
        return Status.of(rebuilder.progress());
    }
}
