package org.sanling.web.dispute;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sanling.dispute.DisputeActionRequest;
import org.sanling.dispute.DisputeNotFoundException;
import org.sanling.dispute.DisputeQuery;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.DisputeStatus;
import org.sanling.dispute.NewDispute;
import org.sanling.dispute.RiskLevel;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Ids;

import java.util.Locale;

/** Disputes (docs/api.md "Disputes"): filing, the list of the caller's scope, a dispute, and its workflow's actions. */
@Path("disputes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DisputesResource {

    @Inject
    private DisputeService disputes;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** 201 with the new dispute, or 200 with the first one when the client UUID was filed before. */
    @APIResponse(responseCode = "201", description = "Filed and committed, SCREENED; Location is its address.",
            content = @Content(schema = @Schema(implementation = DisputeCreated.class)))
    @APIResponse(responseCode = "200", description = "The dispute filed before under this clientId, as it was first answered.",
            content = @Content(schema = @Schema(implementation = DisputeCreated.class)))
    @POST
    public Response file(NewDispute filed) {
        var result = disputes.file(filed);
        var body = DisputeCreated.of(result.dispute());
        if (!result.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build()).entity(body).build();
    }

    /** The disputes of the caller's scope (and those they mediate), newest first. */
    @GET
    public DisputeList list(@QueryParam("areaCode") String areaCode, @QueryParam("status") DisputeStatus status,
                            @QueryParam("riskLevel") RiskLevel riskLevel, @QueryParam("open") Boolean open,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        var result = disputes.list(new DisputeQuery(areaCode, status, riskLevel, open), Math.max(0, page) * pageSize, pageSize);
        return new DisputeList(result.total(), result.items().stream().map(d -> DisputeSummary.of(d, locale())).toList());
    }

    @GET
    @Path("{id}")
    public DisputeDetail get(@PathParam("id") String id) {
        return DisputeDetail.of(disputes.get(parse(id)), locale());
    }

    /** 200 with the dispute as it is now; 409 when the state does not offer the action to the caller. */
    @POST
    @Path("{id}/actions")
    public DisputeDetail act(@PathParam("id") String id, DisputeActionRequest request) {
        return DisputeDetail.of(disputes.act(parse(id), request), locale());
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }

    private static long parse(String id) {
        return Ids.parse(id, DisputeNotFoundException::new);
    }
}
