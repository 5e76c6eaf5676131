package org.sanling.web.legalaid;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.area.AreaNotFoundException;
import org.sanling.area.AreaService;
import org.sanling.dispute.Dispute;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.DisputeSource;
import org.sanling.legalaid.Consultation;
import org.sanling.legalaid.ConsultationService;
import org.sanling.legalaid.EventNotFoundException;
import org.sanling.legalaid.EventReport;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;
import org.sanling.legalaid.Logged;
import org.sanling.legalaid.NewConsultation;
import org.sanling.legalaid.NewEvent;
import org.sanling.web.i18n.Messages;
import org.sanling.web.i18n.Times;
import org.sanling.web.rest.Ids;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Legal-aid events (docs/api.md "Legal-aid events"), plus an event by id, cancelling it, the leader's
 * turnout and report, and the consultations the caller logged (the topics: {@link LegalTopicsResource}).
 * Transactions are the services': an event comes from {@link LegalAidService} with its staffing loaded.
 */
@Path("legal-aid")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LegalAidResource {

    /** A consultation as logged; {@code submissionId} and {@code submissionNumber} for a referral. */
    public record ConsultationJson(String id, String eventId, String topic, String summary, String outcome,
                                   String submissionId, String submissionNumber, java.time.OffsetDateTime createdAt) {

        static ConsultationJson of(Consultation c, Locale locale) {
            var submission = c.getSubmission();
            return new ConsultationJson(String.valueOf(c.getId()), String.valueOf(c.getEvent().getId()),
                    c.getTopic().nameIn(locale), c.getSummary(), c.getOutcome().name(),
                    submission == null ? null : String.valueOf(submission.getId()),
                    submission == null ? null : submission.getNumber(), Times.local(c.getCreatedAt()));
        }
    }

    public record Turnout(int peopleReached, int materialsHandedOut) {
    }

    public record TopicCount(String topic, long answered, long referred) {
    }

    /**
     * A referred consultation, the submission it became and that submission's status, and the number of the dispute
     * of the register it was turned into (null: none, or none the caller may see).
     */
    public record Referral(String consultationId, String topic, String summary, String submissionId,
                           String submissionNumber, String status, String disputeNumber) {
    }

    public record ReportJson(EventJson event, int consultations, List<TopicCount> byTopic, List<Referral> referrals) {
    }

    @Inject
    private LegalAidService events;

    @Inject
    private ConsultationService consultations;

    @Inject
    private DisputeService disputes;

    @Inject
    private AreaService areas;

    @Inject
    private Clock clock;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** Events overlapping the days from … to (yyyy-MM-dd, Asia/Shanghai; default today and the next 90 days). */
    @GET
    @Path("events")
    public List<EventJson> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("areaCode") String areaCode) {
        LocalDate today = LocalDate.now(clock.withZone(Times.SHANGHAI));
        LocalDate first = Times.day(from) == null ? today : Times.day(from);
        LocalDate last = Times.day(to) == null ? first.plusDays(90) : Times.day(to);
        String areaPath = areaCode == null || areaCode.isBlank() ? null
                : areas.find(areaCode.strip()).orElseThrow(() -> new AreaNotFoundException("areaCode", areaCode)).getPath();
        List<LegalAidEvent> listed = events.list(Times.startOf(first), Times.startOf(last.plusDays(1)), areaPath);
        Set<Long> loggable = consultations.loggable(listed);
        return listed.stream().map(e -> json(e, loggable.contains(e.getId()))).toList();
    }

    /** 201 with the event and its places, open for sign-up at once. */
    @APIResponse(responseCode = "201", description = "The event as scheduled, with its places; Location is its address.",
            content = @Content(schema = @Schema(implementation = EventJson.class)))
    @POST
    @Path("events")
    public Response schedule(NewEvent event) {
        EventJson body = json(events.schedule(event));
        return Response.created(uri.getBaseUriBuilder().path("legal-aid/events").path(body.id()).build()).entity(body).build();
    }

    @GET
    @Path("events/{id}")
    public EventJson get(@PathParam("id") String id) {
        return json(events.get(parse(id)));
    }

    @POST
    @Path("events/{id}/cancel")
    public EventJson cancel(@PathParam("id") String id) {
        return json(events.cancel(parse(id)));
    }

    @PUT
    @Path("events/{id}/turnout")
    public EventJson turnout(@PathParam("id") String id, Turnout turnout) {
        var given = turnout == null ? new Turnout(-1, -1) : turnout;
        return json(events.recordTurnout(parse(id), given.peopleReached(), given.materialsHandedOut()));
    }

    @GET
    @Path("events/{id}/report")
    public ReportJson report(@PathParam("id") String id) {
        EventReport report = events.report(parse(id));
        Locale locale = locale();
        return new ReportJson(json(report.event()), report.consultations(),
                report.byTopic().stream().map(t -> new TopicCount(t.topic().nameIn(locale), t.answered(), t.referred())).toList(),
                report.referrals().stream().map(r -> new Referral(String.valueOf(r.consultationId()), r.topic().nameIn(locale),
                        r.summary(), String.valueOf(r.submissionId()), r.submissionNumber(), r.status().name(),
                        disputes.madeFrom(DisputeSource.CONSULTATION, r.consultationId()).map(Dispute::getNumber).orElse(null)))
                        .toList());
    }

    /** 201 with the consultation; 200 with the first one when its client UUID was logged before. */
    @APIResponse(responseCode = "201", description = "The consultation as logged.",
            content = @Content(schema = @Schema(implementation = ConsultationJson.class)))
    @APIResponse(responseCode = "200", description = "The consultation filed before under this clientId, as it was first answered.",
            content = @Content(schema = @Schema(implementation = ConsultationJson.class)))
    @POST
    @Path("events/{id}/consultations")
    public Response log(@PathParam("id") String id, NewConsultation logged) {
        Logged answer = consultations.log(parse(id), logged);
        return Response.status(answer.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ConsultationJson.of(answer.consultation(), locale())).build();
    }

    /** The consultations the caller logged at the event, newest first. */
    @GET
    @Path("events/{id}/consultations/mine")
    public List<ConsultationJson> mine(@PathParam("id") String id) {
        Locale locale = locale();
        return consultations.mine(parse(id)).stream().map(c -> ConsultationJson.of(c, locale)).toList();
    }

    private EventJson json(LegalAidEvent event) {
        return json(event, consultations.mayLog(event.getId()));
    }

    private EventJson json(LegalAidEvent event, boolean mayLog) {
        return EventJson.of(event, events.manages(event), mayLog, locale());
    }

    private Locale locale() {
        return Messages.preferred(headers.getAcceptableLanguages());
    }

    private static long parse(String id) {
        return Ids.parse(id, EventNotFoundException::new);
    }
}
