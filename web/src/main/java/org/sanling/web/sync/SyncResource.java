package org.sanling.web.sync;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.sanling.account.AccountService;
import org.sanling.web.security.CsrfToken;

/**
 * {@code GET /api/v1/sync/session}: what a static offline page needs before it replays its outbox. A
 * 401 here means the login expired; the page pauses the outbox and asks to log in again. The token is
 * readable only by the portal's own pages (no other site can read this answer).
 */
@Path("sync/session")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    private AccountService accounts;

    @Inject
    private CsrfToken csrfToken;

    @Context
    private HttpServletRequest request;

    @GET
    public SyncSession session() {
        var me = accounts.me();
        String token = request.getSession(false) == null ? null : csrfToken.getValue();
        return new SyncSession(me.getUsername(), me.getDisplayName(), token);
    }
}
