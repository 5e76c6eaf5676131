package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.sanling.account.AccountService;
import org.sanling.account.Registration;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

/** Self-registration of volunteers: 201, 409 for a taken username, 400 with field errors. */
@Path("register")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    private AccountService accounts;

    @Inject
    private Throttle throttle;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    /** Throttled per client ({@link ThrottleRule#REGISTRATION}): 429 with Retry-After when it must wait. */
    @SecurityRequirements
    @APIResponse(responseCode = "201", description = "The new volunteer account.",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "429")
    @POST
    public Response register(Registration registration) {
        throttle.attempt(ThrottleRule.REGISTRATION, null, request);
        var account = accounts.register(registration);
        return Response.created(uri.getBaseUriBuilder().path("me").build()).entity(Me.of(account)).build();
    }
}
