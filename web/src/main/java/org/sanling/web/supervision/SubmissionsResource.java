package org.sanling.web.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sanling.web.i18n.Times;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.account.CurrentCaller;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.DisputeSource;
import org.sanling.search.SearchService;
import org.sanling.supervision.ActionRequest;
import org.sanling.supervision.NewSubmission;
import org.sanling.supervision.SubmissionNotFoundException;
import org.sanling.supervision.SubmissionQuery;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.SubmissionView;
import org.sanling.web.account.AccountSummary;
import org.sanling.web.i18n.Messages;
import org.sanling.web.rest.Ids;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** Submissions (docs/api.md "Submissions"), plus {@code view=mine|assigned|scope} and the handlers to dispatch to. */
@Path("submissions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionsResource {

    @Inject
    private SubmissionService submissions;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private SearchService search;

    @Inject
    private DisputeService disputes;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** 201 with the new submission, or 200 with the first one when the client UUID was filed before. */
    @APIResponse(responseCode = "201", description = "Filed and committed; Location is its address.",
            content = @Content(schema = @Schema(implementation = SubmissionCreated.class)))
    @APIResponse(responseCode = "200", description = "The submission filed before under this clientId, as it was first answered.",
            content = @Content(schema = @Schema(implementation = SubmissionCreated.class)))
    @POST
    public Response file(NewSubmission filed) {
        var result = submissions.file(filed);
        var body = SubmissionCreated.of(result.submission());
        if (!result.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build()).entity(body).build();
    }

    /** A possible duplicate shown while filing: no content, no contact. */
    public record Similar(String id, String number, String title, String status, OffsetDateTime createdAt) {
    }

    /**
     * Up to five recent submissions of the area that read like the draft and that the caller may open, as on the
     * filing form ({@link SearchService#similar}): nothing of the others, so an empty list outside one's scope.
     */
    @GET
    @Path("similar")
    public List<Similar> similar(@QueryParam("title") String title, @QueryParam("content") String content,
                                 @QueryParam("areaCode") String areaCode) {
        return search.similar(title, content, areaCode).stream()
                .map(s -> new Similar(Long.toString(s.id()), s.number(), s.title(), s.status(), Times.local(s.createdAt())))
                .toList();
    }

    @GET
    @Path("{id}")
    public SubmissionDetail get(@PathParam("id") String id) {
        long submission = parse(id);
        return SubmissionDetail.of(submissions.get(submission), locale(), clock.instant(), disputeOf(submission));
    }

    @GET
    public SubmissionList list(@QueryParam("view") SubmissionView view, @QueryParam("status") SubmissionStatus status,
                               @QueryParam("type") SubmissionType type, @QueryParam("category") Long categoryId,
                               @QueryParam("areaCode") String areaCode, @QueryParam("overdue") Boolean overdue,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        var query = new SubmissionQuery(view == null ? SubmissionView.defaultFor(currentCaller.get()) : view, status, type, categoryId, areaCode, overdue,
                null, null);
        var result = submissions.list(query, Math.max(0, page) * pageSize, pageSize);
        var now = clock.instant();
        return new SubmissionList(result.total(),
                result.items().stream().map(s -> SubmissionSummary.of(s, locale(), now)).toList());
    }

    /** 200 with the submission as it is now; 409 when the state does not offer the action to the caller. */
    @POST
    @Path("{id}/actions")
    public SubmissionDetail act(@PathParam("id") String id, ActionRequest request) {
        long submission = parse(id);
        return SubmissionDetail.of(submissions.act(submission, request), locale(), clock.instant(), disputeOf(submission));
    }

    /** The handlers a leader may dispatch the submission to, nearest to its area first. */
    @GET
    @Path("{id}/handlers")
    public List<AccountSummary> handlers(@PathParam("id") String id) {
        return submissions.handlersFor(parse(id)).stream().map(AccountSummary::of).toList();
    }

    /** The dispute the submission became, if the caller may see it. */
    private DisputeLink disputeOf(long submission) {
        return disputes.madeFrom(DisputeSource.SUBMISSION, submission).map(DisputeLink::of).orElse(null);
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }

    private static long parse(String id) {
        return Ids.parse(id, SubmissionNotFoundException::new);
    }
}
