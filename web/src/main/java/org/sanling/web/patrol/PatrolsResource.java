package org.sanling.web.patrol;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sanling.patrol.NewPatrol;
import org.sanling.patrol.NewPatrolEvent;
import org.sanling.patrol.PatrolNotFoundException;
import org.sanling.patrol.PatrolQuery;
import org.sanling.patrol.PatrolService;
import org.sanling.web.i18n.Times;
import org.sanling.web.rest.Ids;

import java.time.LocalDate;

/** Grid patrols (docs/api.md "Grid patrols"): recording a patrol, logging its events, the patrols of the caller's scope. */
@Path("patrols")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatrolsResource {

    @Inject
    private PatrolService patrols;

    /** 201 with the new patrol in the handler's grid, or 200 with the first one when the client UUID was sent before. */
    @APIResponse(responseCode = "201", description = "Recorded and committed in the handler's grid.",
            content = @Content(schema = @Schema(implementation = PatrolCreated.class)))
    @APIResponse(responseCode = "200", description = "The patrol recorded before under this clientId.",
            content = @Content(schema = @Schema(implementation = PatrolCreated.class)))
    @POST
    public Response record(NewPatrol patrol) {
        var result = patrols.record(patrol);
        return Response.status(result.created() ? 201 : 200).entity(new PatrolCreated(String.valueOf(result.patrol().getId()))).build();
    }

    /** The patrols of the areas the caller governs that started in the days from … to, latest first. */
    @GET
    public PatrolList list(@QueryParam("areaCode") String areaCode,
                           @Parameter(description = "first day (yyyy-MM-dd, Asia/Shanghai)") @QueryParam("from") String from,
                           @Parameter(description = "last day (yyyy-MM-dd, Asia/Shanghai)") @QueryParam("to") String to,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        LocalDate last = Times.day(to);
        var result = patrols.list(new PatrolQuery(areaCode, Times.startOf(Times.day(from)), last == null ? null : Times.startOf(last.plusDays(1))),
                Math.max(0, page) * pageSize, pageSize);
        return new PatrolList(result.total(), result.items().stream().map(PatrolSummary::of).toList());
    }

    /**
     * 201 with the event and the submission it became (resolved at once when handled on the spot, otherwise in the
     * grid's queue), or 200 with the first one when the client UUID was sent before.
     */
    @APIResponse(responseCode = "201", description = "Logged and committed; submissionId is the submission it became.",
            content = @Content(schema = @Schema(implementation = EventCreated.class)))
    @APIResponse(responseCode = "200", description = "The event logged before under this clientId.",
            content = @Content(schema = @Schema(implementation = EventCreated.class)))
    @POST
    @Path("{id}/events")
    public Response logEvent(@PathParam("id") String id, NewPatrolEvent event) {
        var logged = patrols.logEvent(Ids.parse(id, PatrolNotFoundException::new), event);
        var body = new EventCreated(String.valueOf(logged.eventId()), String.valueOf(logged.submissionId()));
        return Response.status(logged.created() ? 201 : 200).entity(body).build();
    }
}
