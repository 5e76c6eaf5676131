package org.sanling.web.job;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.job.JobRun;
import org.sanling.job.JobService;
import org.sanling.job.JobStatus;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The portal's jobs (administrators): their schedules and latest runs, a run now ({@code 202}: it runs in
 * the background, its run appears in the history), a new schedule, pause and resume. Times in Asia/Shanghai.
 */
@Path("jobs")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    /** A job; {@code lastRun}, {@code lastOutcome}, {@code lastDurationMillis} null if it never ran, {@code nextRun} null while paused. */
    public record JobItem(String name, String cron, String timeZone, boolean paused, OffsetDateTime lastRun,
                          String lastOutcome, Long lastDurationMillis, OffsetDateTime nextRun) {

        static JobItem of(JobStatus job) {
            JobRun last = job.lastRun();
            return new JobItem(job.name(), job.cron(), job.timeZone(), job.paused(),
                    last == null ? null : Times.local(last.getStartedAt()),
                    last == null ? null : last.getOutcome().name(),
                    last == null ? null : last.getDuration().toMillis(),
                    Times.local(job.nextRun()));
        }
    }

    /** A run of a job; {@code counts} as the job put it, {@code error} null if it succeeded. */
    public record RunItem(long id, OffsetDateTime startedAt, OffsetDateTime endedAt, long durationMillis, String outcome,
                          String counts, String error, String node) {

        static RunItem of(JobRun run) {
            return new RunItem(run.getId(), Times.local(run.getStartedAt()), Times.local(run.getEndedAt()),
                    run.getDuration().toMillis(), run.getOutcome().name(), run.getCounts(), run.getError(), run.getNode());
        }
    }

    /** A new schedule: a Quartz cron expression (seconds first) in an IANA time zone. */
    public record Schedule(String cron, String timeZone) {
    }

    @Inject
    private JobService jobs;

    @GET
    public List<JobItem> jobs() {
        return jobs.jobs().stream().map(JobItem::of).toList();
    }

    @GET
    @Path("{name}")
    public JobItem job(@PathParam("name") String name) {
        return JobItem.of(jobs.job(name));
    }

    @GET
    @Path("{name}/runs")
    public List<RunItem> runs(@PathParam("name") String name, @QueryParam("max") @DefaultValue("20") int max) {
        return jobs.history(name, max).stream().map(RunItem::of).toList();
    }

    @APIResponse(responseCode = "202", description = "The job will run at once, on one node of the cluster.")
    @POST
    @Path("{name}/run")
    public Response run(@PathParam("name") String name) {
        jobs.runNow(name);
        return Response.accepted().build();
    }

    @PUT
    @Path("{name}/schedule")
    public JobItem reschedule(@PathParam("name") String name, Schedule schedule) {
        return JobItem.of(jobs.reschedule(name, schedule == null ? null : schedule.cron(), schedule == null ? null : schedule.timeZone()));
    }

    @POST
    @Path("{name}/pause")
    public JobItem pause(@PathParam("name") String name) {
        return JobItem.of(jobs.pause(name));
    }

    @POST
    @Path("{name}/resume")
    public JobItem resume(@PathParam("name") String name) {
        return JobItem.of(jobs.resume(name));
    }
}
