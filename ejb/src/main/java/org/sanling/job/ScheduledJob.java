package org.sanling.job;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a job bean a scheduled job of the portal. The schedule given here applies when the job is first
 * stored; after that the administrators' schedule, kept in Quartz's trigger, wins.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScheduledJob {

    /** The job's name, in URLs and the run history, e.g. {@code shift-reminders}. */
    String name();

    /** Quartz cron expression (seconds first), in {@link #timeZone()}. */
    String cron();

    String timeZone() default "Asia/Shanghai";

    /** The UI bundle's key of the job's title; empty for {@code job.name.<name>}. */
    String titleKey() default "";
}
