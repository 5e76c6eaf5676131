package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.account.AccountAccessService;
import org.sanling.account.PasswordReset;
import org.sanling.account.ResetCodeInvalidException;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

/**
 * A forgotten password replaced with the one-time code an admin or leader issued:
 * {@code {"username","code","newPassword"}} → 204; a code that does not open the account → 400 naming
 * {@code code}; guesses are throttled like logins (429 with Retry-After).
 */
@Path("auth/password-reset")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    private AccountAccessService access;

    @Inject
    private Throttle throttle;

    @Context
    private HttpServletRequest request;

    @SecurityRequirements
    @APIResponse(responseCode = "204", description = "The password is changed; every session and token of the account has ended.")
    @APIResponse(responseCode = "429")
    @POST
    public Response reset(PasswordReset reset) {
        throttle.guard(ThrottleRule.PASSWORD_RESET, reset == null ? null : reset.username(), request,
                ResetCodeInvalidException.class, () -> {
                    access.resetPassword(reset);
                    return reset;
                });
        return Response.noContent().build();
    }
}
