package org.sanling.volunteer;

/** How a confirmed sign-up ended: the volunteer came (hours credited) or did not come. */
public enum Attendance {
    ATTENDED, NO_SHOW
}
