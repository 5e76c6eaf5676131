package org.sanling.web.account.mfa;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.sanling.account.mfa.MfaService;

/** An admin resets another person's two-factor login: {@code DELETE /api/v1/accounts/{username}/mfa} → {@code 204}. */
@Path("accounts/{username}/mfa")
public class AccountMfaResource {

    @Inject
    private MfaService mfa;

    @APIResponse(responseCode = "204", description = "The account's two-factor login is off, whether or not it was on.")
    @DELETE
    public Response reset(@PathParam("username") String username) {
        mfa.reset(username);
        return Response.noContent().build();
    }
}
