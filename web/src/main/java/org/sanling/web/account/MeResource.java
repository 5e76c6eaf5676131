package org.sanling.web.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanling.account.AccountService;

/** The caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private AccountService accounts;

    @GET
    public Me me() {
        return Me.of(accounts.me());
    }
}
