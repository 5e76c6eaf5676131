package org.sanling.dispute;

/** How a dispute came to the register; all but screening name the record it came from. */
public enum DisputeSource {
    /** 排查: found by the area's staff */
    SCREENING,
    /** A dispute submission (矛盾纠纷) of the supervision workflow */
    SUBMISSION,
    /** A legal-aid consultation that was referred */
    CONSULTATION,
    /** Met on a grid patrol */
    PATROL;

    /** Whether a dispute of this source names the record it came from. */
    public boolean needsSourceId() {
        return this != SCREENING;
    }
}
