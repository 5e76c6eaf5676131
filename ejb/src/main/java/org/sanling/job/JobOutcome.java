package org.sanling.job;

/** How a run of a job ended. */
public enum JobOutcome {
    SUCCEEDED, FAILED
}
