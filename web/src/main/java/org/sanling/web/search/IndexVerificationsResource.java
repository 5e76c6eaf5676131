package org.sanling.web.search;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.search.IndexVerification;
import org.sanling.search.IndexVerifier;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;

/**
 * The latest nightly check of a node's search index against the database (administrators): {@code GET} answers
 * what it compared and repaired, or 204 if no check ran yet. The job {@code index-verification} runs it.
 */
@Path("search/verification")
@Produces(MediaType.APPLICATION_JSON)
public class IndexVerificationsResource {

    /** {@link IndexVerification} with times in Asia/Shanghai. */
    public record Verification(String node, OffsetDateTime startedAt, OffsetDateTime endedAt, long databaseRows,
                               long indexDocuments, int monthsDiffering, int missing, int stale, int deleted) {

        static Verification of(IndexVerification v) {
            return new Verification(v.getNode(), Times.local(v.getStartedAt()), Times.local(v.getEndedAt()),
                    v.getDatabaseRows(), v.getIndexDocuments(), v.getMonthsDiffering(), v.getMissing(), v.getStale(),
                    v.getDeleted());
        }
    }

    @Inject
    private IndexVerifier verifier;

    @APIResponse(responseCode = "200", description = "The last verification on this node.",
            content = @Content(schema = @Schema(implementation = Verification.class)))
    @APIResponse(responseCode = "204", description = "This node has not verified its index yet.")
    @GET
    public Response latest() {
        return verifier.latest().map(v -> Response.ok(Verification.of(v))).orElseGet(Response::noContent).build();
    }
}
