package org.sanling.web.account;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.account.Qualification;
import org.sanling.account.AccountAccessService;
import org.sanling.account.AccountChange;
import org.sanling.account.AccountFilter;
import org.sanling.account.AccountService;
import org.sanling.account.Appointment;
import org.sanling.account.IssuedResetCode;
import org.sanling.platform.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Accounts for leaders and admins, within their scope (an extension of docs/api.md): list, read,
 * appoint, change, disable and enable, issue a one-time password reset code.
 */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    private AccountService accounts;

    @Inject
    private AccountAccessService access;

    @Context
    private UriInfo uri;

    @GET
    public AccountList list(@QueryParam("q") String text, @QueryParam("areaCode") String areaCode,
                            @QueryParam("role") Role role, @QueryParam("disabled") boolean disabled,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        var result = accounts.list(new AccountFilter(text, areaCode, role, disabled), Math.max(0, page) * pageSize, pageSize);
        return new AccountList(result.total(), result.items().stream().map(AccountSummary::of).toList());
    }

    @GET
    @Path("{username}")
    public AccountSummary get(@PathParam("username") String username) {
        return AccountSummary.of(accounts.get(username));
    }

    @APIResponse(responseCode = "201", description = "The new account; Location is its address.",
            content = @Content(schema = @Schema(implementation = AccountSummary.class)))
    @POST
    public Response appoint(Appointment appointment) {
        var account = accounts.appoint(appointment);
        return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
                .entity(AccountSummary.of(account)).build();
    }

    @PUT
    @Path("{username}")
    public AccountSummary change(@PathParam("username") String username, AccountChange change) {
        return AccountSummary.of(accounts.update(username, change));
    }

    /** Sets the person's qualifications, e.g. {@code ["LAWYER"]} (admins): lawyers' and mediators' places need them. */
    @PUT
    @Path("{username}/qualifications")
    public List<Qualification> qualifications(@PathParam("username") String username, List<Qualification> qualifications) {
        Set<Qualification> given = qualifications == null || qualifications.isEmpty()
                ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(qualifications);
        var held = accounts.changeQualifications(username, given);
        return held.stream().sorted().toList();
    }

    /** Disables the account: no login; its sessions and tokens end at once (409 for one's own account). */
    @POST
    @Path("{username}/disable")
    public AccountSummary disable(@PathParam("username") String username) {
        return AccountSummary.of(access.disable(username));
    }

    /** Lets a disabled account log in again. */
    @POST
    @Path("{username}/enable")
    public AccountSummary enable(@PathParam("username") String username) {
        return AccountSummary.of(access.enable(username));
    }

    /** A one-time code, valid 24 hours, with which the person sets a new password: shown this once. */
    @APIResponse(responseCode = "201", description = "A one-time code with which the person sets a new password.",
            content = @Content(schema = @Schema(implementation = ResetCodeJson.class)))
    @POST
    @Path("{username}/reset-code")
    public Response resetCode(@PathParam("username") String username) {
        IssuedResetCode issued = access.issueResetCode(username);
        return Response.status(Response.Status.CREATED).entity(ResetCodeJson.of(issued)).build();
    }
}
