package org.sanling.web.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import org.sanling.account.PhoneMask;
import org.sanling.volunteer.Roster;
import org.sanling.volunteer.ShiftNotFoundException;
import org.sanling.volunteer.Signup;
import org.sanling.volunteer.SignupService;
import org.sanling.volunteer.Suggestion;
import org.sanling.volunteer.VolunteerSuggestions;
import org.sanling.web.i18n.Times;
import org.sanling.web.rest.Ids;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Sign-ups for a shift, and for its leaders the roster, assignments and suggestions. */
@Path("shifts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ShiftsResource {

    public record SignupRequest(UUID clientId) {
    }

    public record AssignRequest(String username) {
    }

    /** A volunteer on a roster; the phone in full, since the roster is for the shift's leaders. */
    public record RosterEntry(String signupId, String username, String displayName, String phone, String homeArea,
                              String status, String assignedBy, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt,
                              String attendance, int creditedMinutes) {

        static RosterEntry of(Signup s) {
            var v = s.getVolunteer();
            return new RosterEntry(String.valueOf(s.getId()), v.getUsername(), v.getDisplayName(), v.getPhone(),
                    v.getHomeArea().getName(), s.getStatus().name(), s.getAssignedBy(), Times.local(s.getCheckedInAt()),
                    Times.local(s.getCheckedOutAt()), s.getAttendance() == null ? null : s.getAttendance().name(),
                    s.getCreditedMinutes());
        }
    }

    /** The waitlist is in its order: the first entry gets the next free place. */
    public record RosterJson(ShiftJson shift, List<RosterEntry> confirmed, List<RosterEntry> waitlist) {

        static RosterJson of(Roster roster) {
            return new RosterJson(ShiftJson.of(roster.shift(), true, null),
                    roster.confirmed().stream().map(RosterEntry::of).toList(),
                    roster.waitlist().stream().map(RosterEntry::of).toList());
        }
    }

    /** A suggested volunteer and why; the phone masked, as nobody has chosen them yet. */
    public record SuggestionJson(String username, String displayName, String phone, String homeArea, boolean free,
                                 int matchingSkills, int sharedAreaLevels, double recentHours, List<String> skills) {

        static SuggestionJson of(Suggestion s) {
            var v = s.volunteer();
            return new SuggestionJson(v.getUsername(), v.getDisplayName(), PhoneMask.mask(v.getPhone()),
                    v.getHomeArea().getName(), s.free(), s.matchingSkills(), s.closeness(), s.recentHours(),
                    s.skills().stream().sorted().toList());
        }
    }

    @Inject
    private SignupService signups;

    @Inject
    private VolunteerSuggestions suggestions;

    /** 201 {"id","status","position"} for a new sign-up; 200 with the same body when the client UUID was sent before. */
    @APIResponse(responseCode = "201", description = "Signed up: CONFIRMED, or WAITLISTED with a position.",
            content = @Content(schema = @Schema(implementation = SignupJson.class)))
    @APIResponse(responseCode = "200", description = "The sign-up filed before under this clientId, as it was first answered.",
            content = @Content(schema = @Schema(implementation = SignupJson.class)))
    @POST
    @Path("{id}/signups")
    public Response signUp(@PathParam("id") String id, SignupRequest request) {
        var answer = signups.signUp(parse(id), request == null ? null : request.clientId());
        var body = SignupJson.of(answer);
        return Response.status(answer.created() ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }

    @GET
    @Path("{id}/roster")
    public RosterJson roster(@PathParam("id") String id) {
        return RosterJson.of(signups.roster(parse(id)));
    }

    /** A leader puts a volunteer on the shift: 201 with the sign-up. */
    @APIResponse(responseCode = "201", description = "The volunteer is on the shift.",
            content = @Content(schema = @Schema(implementation = SignupJson.class)))
    @POST
    @Path("{id}/assignments")
    public Response assign(@PathParam("id") String id, AssignRequest request) {
        Signup signup = signups.assign(parse(id), request == null ? null : request.username());
        return Response.status(Response.Status.CREATED).entity(SignupJson.of(signup, 0)).build();
    }

    @GET
    @Path("{id}/suggestions")
    public List<SuggestionJson> suggestions(@PathParam("id") String id, @QueryParam("max") @DefaultValue("10") int max) {
        return suggestions.forShift(parse(id), max).stream().map(SuggestionJson::of).toList();
    }

    private static long parse(String id) {
        return Ids.parse(id, ShiftNotFoundException::new);
    }
}
