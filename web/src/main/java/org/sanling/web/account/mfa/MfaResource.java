package org.sanling.web.account.mfa;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.account.mfa.Enrolment;
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.MfaStatus;
import org.sanling.account.mfa.WrongCodeException;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

/**
 * The caller's two-factor login (docs/api.md, "Auth and the caller"): {@code POST} starts enrolment
 * ({@code 201} {@code {"secret","otpauthUri"}}), {@code PUT {"code"}} confirms it and answers the recovery codes,
 * {@code DELETE {"code"}} turns it off; {@code GET} tells its state. Wrong codes are
 * guesses, throttled as short codes ({@link ThrottleRule#SHORT_CODE}): {@code 429} with Retry-After.
 */
@Path("me/mfa")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {

    @Inject
    private MfaService mfa;

    @Inject
    private Throttle throttle;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    public MfaStatus status() {
        return mfa.myStatus();
    }

    @APIResponse(responseCode = "201", description = "The secret to enter in an authenticator app.",
            content = @Content(schema = @Schema(implementation = Enrolment.class)))
    @POST
    public Response startEnrolment() {
        return Response.created(uri.getAbsolutePath()).entity(mfa.startEnrolment()).build();
    }

    @APIResponse(responseCode = "200", description = "Two-factor login is on; the recovery codes are shown this once.",
            content = @Content(schema = @Schema(implementation = MfaEnabled.class)))
    @APIResponse(responseCode = "429")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MfaEnabled confirm(CodeRequest request) {
        String code = request == null ? null : request.code();
        return new MfaEnabled(true, throttle.guard(ThrottleRule.SHORT_CODE, servletRequest.getRemoteUser(), servletRequest,
                WrongCodeException.class, () -> mfa.confirm(code)));
    }

    @APIResponse(responseCode = "204", description = "Two-factor login is off.")
    @APIResponse(responseCode = "429")
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disable(CodeRequest request) {
        String code = request == null ? null : request.code();
        throttle.guard(ThrottleRule.SHORT_CODE, servletRequest.getRemoteUser(), servletRequest,
                WrongCodeException.class, () -> {
                    mfa.disable(code);
                    return null;
                });
        return Response.noContent().build();
    }
}
