package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.account.AccountService;
import org.sanling.account.PasswordChange;
import org.sanling.account.WrongPasswordException;
import org.sanling.web.security.LoginKeeper;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

/** The caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccountService accounts;

    @Inject
    private Throttle throttle;

    @Inject
    private LoginKeeper loginKeeper;

    @Context
    private HttpServletRequest request;

    @GET
    public Me me() {
        return Me.of(accounts.me());
    }

    /**
     * Changes the caller's password ({@code {"currentPassword","newPassword"}}) → 204; every other session
     * and token of the account ends, the one making the call goes on. A wrong current password is a 400
     * naming {@code currentPassword}, and such guesses are throttled like logins.
     */
    @APIResponse(responseCode = "204", description = "The password is changed; every other session and token has ended.")
    @APIResponse(responseCode = "429")
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change) {
        throttle.guard(ThrottleRule.LOGIN, request.getRemoteUser(), request, WrongPasswordException.class, () -> {
            accounts.changePassword(change);
            return change;
        });
        loginKeeper.keepAfterPasswordChange(request);
        return Response.noContent().build();
    }
}
