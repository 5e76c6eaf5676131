package org.sanling.web.account.mfa;

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

    @DELETE
    public Response reset(@PathParam("username") String username) {
        mfa.reset(username);
        return Response.noContent().build();
    }
}
