package org.sanling.job;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job as administrators see it.
 *
 * @param cron     its Quartz cron expression, in {@code timeZone}
 * @param paused   whether its schedule is paused (run now still works)
 * @param nextRun  when it fires next; null while paused
 * @param lastRun  its latest run; null if it never ran (or not in the last {@link JobRuns#KEPT})
 * @param titleKey the UI bundle's key of its title
 */
public record JobStatus(String name, String cron, String timeZone, boolean paused, Instant nextRun, JobRun lastRun,
                        String titleKey) implements Serializable {
}
