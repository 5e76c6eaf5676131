package org.sanling.web.volunteer;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.sanling.volunteer.AttendanceService;
import org.sanling.volunteer.Signup;
import org.sanling.volunteer.SignupNotFoundException;
import org.sanling.volunteer.SignupService;
import org.sanling.volunteer.WrongCheckCodeException;
import org.sanling.web.rest.Ids;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

/** Leaving a shift, and attendance: check-in and check-out with the shift's code, or by a leader. */
@Path("signups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SignupsResource {

    /**
     * @param code the shift's 6-digit code (leaders of the campaign need none)
     * @param at   when it happened, for entries made offline; now when absent
     */
    public record AttendanceRequest(String code, OffsetDateTime at) {
    }

    @Inject
    private SignupService signups;

    @Inject
    private AttendanceService attendance;

    @Inject
    private Throttle throttle;

    @Context
    private HttpServletRequest servletRequest;

    /** Cancels (the volunteer) or removes (a leader); the first waitlisted volunteer gets the place. */
    @DELETE
    @Path("{id}")
    public SignupJson cancel(@PathParam("id") String id) {
        return SignupJson.of(signups.cancel(parse(id)), 0);
    }

    /** Checks in; wrong codes are throttled per volunteer and client (429 with Retry-After). */
    @POST
    @Path("{id}/check-in")
    @APIResponse(responseCode = "200", description = "The sign-up with its attendance.",
            content = @Content(schema = @Schema(implementation = SignupJson.class)))
    @APIResponse(responseCode = "429")
    public SignupJson checkIn(@PathParam("id") String id, AttendanceRequest request) {
        var body = request == null ? new AttendanceRequest(null, null) : request;
        return SignupJson.of(throttled(() -> attendance.checkIn(parse(id), body.code(), body.at() == null ? null : body.at().toInstant())), 0);
    }

    /** Checks out and credits the attended time, clipped to the shift's window ({@code creditedMinutes}). */
    @POST
    @Path("{id}/check-out")
    @APIResponse(responseCode = "200", description = "The sign-up with its attendance.",
            content = @Content(schema = @Schema(implementation = SignupJson.class)))
    @APIResponse(responseCode = "429")
    public SignupJson checkOut(@PathParam("id") String id, AttendanceRequest request) {
        var body = request == null ? new AttendanceRequest(null, null) : request;
        return SignupJson.of(throttled(() -> attendance.checkOut(parse(id), body.code(), body.at() == null ? null : body.at().toInstant())), 0);
    }

    private Signup throttled(Supplier<Signup> step) {
        return throttle.guard(ThrottleRule.SHORT_CODE, servletRequest.getRemoteUser(), servletRequest,
                WrongCheckCodeException.class, step);
    }

    @POST
    @Path("{id}/no-show")
    public SignupJson noShow(@PathParam("id") String id) {
        return SignupJson.of(attendance.markNoShow(parse(id)), 0);
    }

    private static long parse(String id) {
        return Ids.parse(id, SignupNotFoundException::new);
    }
}
