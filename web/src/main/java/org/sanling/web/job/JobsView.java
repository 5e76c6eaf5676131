package org.sanling.web.job;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.job.JobRun;
import org.sanling.job.JobService;
import org.sanling.job.JobStatus;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The administrators' jobs page: every job with its schedule and latest run, run now, pause and resume;
 * the job opened below with its schedule to edit and its last 20 runs, which the page polls while open.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final int HISTORY = 20;

    @Inject
    private JobService jobService;

    private List<JobStatus> jobs = List.of();
    private String opened;
    private String openedTitleKey;
    private String cron;
    private String timeZone;
    private List<JobRun> history = List.of();

    public void load() {
        jobs = FormFeedback.outcome("jobs", jobService::jobs).orElse(List.of());
    }

    public void runNow(String name) {
        if (FormFeedback.succeeds("jobs", () -> jobService.runNow(name))) {
            FormFeedback.info("jobs.started", name);
            open(name);
        }
    }

    public void pause(String name) {
        FormFeedback.succeeds("jobs", () -> jobService.pause(name));
        load();
    }

    public void resume(String name) {
        FormFeedback.succeeds("jobs", () -> jobService.resume(name));
        load();
    }

    /** Opens a job: its schedule to edit and its history. */
    public void open(String name) {
        FormFeedback.outcome("jobs", () -> jobService.job(name)).ifPresent(job -> {
            opened = job.name();
            openedTitleKey = job.titleKey();
            cron = job.cron();
            timeZone = job.timeZone();
            refreshHistory();
        });
        load();
    }

    public void saveSchedule() {
        if (FormFeedback.succeeds("schedule", () -> jobService.reschedule(opened, cron, timeZone))) {
            FormFeedback.info("jobs.rescheduled", opened);
            load();
        }
    }

    /** Reads the opened job's history again (the page polls it: runs end in the background). */
    public void refreshHistory() {
        if (opened != null) {
            history = FormFeedback.outcome("schedule", () -> jobService.history(opened, HISTORY)).orElse(List.of());
        }
    }

    /** A run's duration as people read it, e.g. "0.25 s", "3 min 5 s". */
    public String duration(JobRun run) {
        Duration d = run.getDuration();
        return d.toMinutes() == 0
                ? String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0)
                : d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }

    public List<JobStatus> getJobs() {
        return jobs;
    }

    public String getOpened() {
        return opened;
    }

    public String getOpenedTitleKey() {
        return openedTitleKey;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<JobRun> getHistory() {
        return history;
    }
}
