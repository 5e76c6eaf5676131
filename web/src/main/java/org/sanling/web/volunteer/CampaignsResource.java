package org.sanling.web.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignNotFoundException;
import org.sanling.volunteer.CampaignPlan;
import org.sanling.volunteer.CampaignQuery;
import org.sanling.volunteer.CampaignService;
import org.sanling.volunteer.CampaignStatus;
import org.sanling.volunteer.SignupService;
import org.sanling.web.i18n.Messages;
import org.sanling.web.i18n.Times;
import org.sanling.web.rest.Ids;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Volunteer campaigns (docs/api.md "Volunteer campaigns"), plus editing, closing, cancelling and copying. */
@Path("campaigns")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    /** One page of campaigns and how many match in all. */
    public record CampaignList(long total, List<CampaignJson> items) {
    }

    /** A campaign category, in the caller's language. */
    public record CategoryJson(String id, String name) {
    }

    @Inject
    private CampaignService campaigns;

    @Inject
    private SignupService signups;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** Soonest first; {@code from} and {@code to} are days (yyyy-MM-dd, Asia/Shanghai, both included). */
    @GET
    public CampaignList list(@QueryParam("status") CampaignStatus status, @QueryParam("areaCode") String areaCode,
                             @QueryParam("category") Long categoryId, @QueryParam("skill") String skill,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("freePlaces") boolean freePlaces,
                             @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 100));
        LocalDate lastDay = Times.day(to);
        var query = new CampaignQuery(status, areaCode, categoryId, skill, Times.startOf(Times.day(from)),
                lastDay == null ? null : Times.startOf(lastDay.plusDays(1)), freePlaces);
        var result = campaigns.browse(query, Math.max(0, page) * pageSize, pageSize);
        return new CampaignList(result.total(),
                result.items().stream().map(c -> CampaignJson.of(c, campaigns.manages(c), Map.of(), locale())).toList());
    }

    @GET
    @Path("categories")
    public List<CategoryJson> categories() {
        return campaigns.categories().stream().map(c -> new CategoryJson(String.valueOf(c.getId()), c.nameIn(locale()))).toList();
    }

    @GET
    @Path("{id}")
    public CampaignJson get(@PathParam("id") String id) {
        return json(campaigns.get(parse(id)));
    }

    /** 201 with the new draft and its shifts' ids. */
    @APIResponse(responseCode = "201", description = "The new campaign (a draft); Location is its address.",
            content = @Content(schema = @Schema(implementation = CampaignJson.class)))
    @POST
    public Response create(CampaignPlan plan) {
        return created(campaigns.create(plan));
    }

    /** Edits a draft or published campaign; see {@link CampaignService#update}. */
    @PUT
    @Path("{id}")
    public CampaignJson update(@PathParam("id") String id, CampaignPlan plan) {
        return json(campaigns.update(parse(id), plan));
    }

    @POST
    @Path("{id}/publish")
    public CampaignJson publish(@PathParam("id") String id) {
        return json(campaigns.publish(parse(id)));
    }

    @POST
    @Path("{id}/close")
    public CampaignJson close(@PathParam("id") String id) {
        return json(campaigns.close(parse(id)));
    }

    @POST
    @Path("{id}/cancel")
    public CampaignJson cancel(@PathParam("id") String id) {
        return json(campaigns.cancel(parse(id)));
    }

    /** 201 with a new draft repeating the campaign, its shifts moved forward by whole weeks. */
    @APIResponse(responseCode = "201", description = "The copy, a draft; Location is its address.",
            content = @Content(schema = @Schema(implementation = CampaignJson.class)))
    @POST
    @Path("{id}/copy")
    public Response copy(@PathParam("id") String id) {
        return created(campaigns.copy(parse(id)));
    }

    private Response created(Campaign campaign) {
        CampaignJson body = json(campaign);
        return Response.created(uri.getBaseUriBuilder().path("campaigns").path(body.id()).build()).entity(body).build();
    }

    private CampaignJson json(Campaign campaign) {
        return CampaignJson.of(campaign, campaigns.manages(campaign), signups.myPlaces(campaign.getId()), locale());
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }

    private static long parse(String id) {
        return Ids.parse(id, CampaignNotFoundException::new);
    }
}
