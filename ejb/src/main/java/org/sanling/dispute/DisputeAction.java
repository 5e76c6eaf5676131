package org.sanling.dispute;

/** What a person can do to a dispute; each is one timeline step. */
public enum DisputeAction {
    /** Names the mediator (again, while no session was held). */
    ASSIGN,
    /** Records a mediation session. */
    MEDIATE,
    /** Records the agreement (调解协议). */
    RESOLVE,
    /** Mediation did not succeed; the reason is the note. */
    FAIL,
    /** Hands a failed dispute to a court, arbitration or the petition office. */
    REFER,
    /** Records the return visit (回访). */
    FOLLOW_UP,
    /** Ends the dispute's record. */
    CLOSE;

    /** Whether the action needs a note: a session's notes, the reason of failure, what the return visit found. */
    public boolean needsNote() {
        return this == MEDIATE || this == FAIL || this == FOLLOW_UP;
    }
}
