package org.sanling.summary;

import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.SubmissionStatus;

/**
 * The counts behind one area's line of the 三零 board: tagged submissions a leader accepted per dimension, the
 * month's submissions and how many of them are resolved, the minutes to their first action, and the field work.
 */
record BoardCounts(long petitions, long accidents, long criminalCases, long received, long resolved, long responded,
                   long responseMinutes, FieldWork fieldWork) {

    static final BoardCounts NONE = new BoardCounts(0, 0, 0, 0, 0, 0, 0, FieldWork.NONE);

    /** {@code n} submissions of the month with the given dimension and status. */
    static BoardCounts of(SanlingDimension dimension, SubmissionStatus status, long n) {
        boolean confirmed = status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.REJECTED;
        long tagged = confirmed ? n : 0;
        boolean done = status == SubmissionStatus.RESOLVED || status == SubmissionStatus.CLOSED;
        return new BoardCounts(dimension == SanlingDimension.PETITION ? tagged : 0,
                dimension == SanlingDimension.SAFETY ? tagged : 0,
                dimension == SanlingDimension.PUBLIC_SECURITY ? tagged : 0,
                n, done ? n : 0, 0, 0, FieldWork.NONE);
    }

    /** One submission first acted on after the given minutes. */
    static BoardCounts response(long minutes) {
        return new BoardCounts(0, 0, 0, 0, 0, 1, minutes, FieldWork.NONE);
    }

    /** An area's field work of the month. */
    static BoardCounts of(FieldWork work) {
        return new BoardCounts(0, 0, 0, 0, 0, 0, 0, work);
    }

    BoardCounts plus(BoardCounts o) {
        return new BoardCounts(petitions + o.petitions, accidents + o.accidents, criminalCases + o.criminalCases,
                received + o.received, resolved + o.resolved, responded + o.responded, responseMinutes + o.responseMinutes,
                fieldWork.plus(o.fieldWork));
    }
}
