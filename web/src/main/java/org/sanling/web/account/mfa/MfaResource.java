package org.sanling.web.account.mfa;

import jakarta.inject.Inject;
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
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.MfaStatus;

/**
 * The caller's two-factor login (docs/api.md, Auth): {@code POST} starts enrolment ({@code 201}
 * {@code {"secret","otpauthUri"}}), {@code PUT {"code"}} confirms it and answers the recovery codes,
 * {@code DELETE {"code"}} turns it off; {@code GET} tells its state (an extension).
 */
@Path("me/mfa")
@Produces(MediaType.APPLICATION_JSON)
public class MfaResource {

    @Inject
    private MfaService mfa;

    @Context
    private UriInfo uri;

    @GET
    public MfaStatus status() {
        return mfa.myStatus();
    }

    @POST
    public Response startEnrolment() {
        return Response.created(uri.getAbsolutePath()).entity(mfa.startEnrolment()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MfaEnabled confirm(CodeRequest request) {
        return new MfaEnabled(true, mfa.confirm(request == null ? null : request.code()));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disable(CodeRequest request) {
        mfa.disable(request == null ? null : request.code());
        return Response.noContent().build();
    }
}
