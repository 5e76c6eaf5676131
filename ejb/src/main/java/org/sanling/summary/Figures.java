package org.sanling.summary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What happened in one area over a period (a day, a week, a month).
 *
 * @param received             submissions filed
 * @param accepted             submissions a leader accepted
 * @param rejected             submissions a leader rejected
 * @param resolved             submissions resolved (办结)
 * @param closed               submissions the submitter confirmed
 * @param reopened             submissions the submitter reopened
 * @param overdue              submissions open past their deadline at the end of the period's last day
 * @param disputesScreened     disputes recorded in the register (矛盾纠纷排查): by screening, from a dispute
 *                             submission, a referred consultation or a patrol
 * @param disputesResolved     disputes resolved by an agreement (化解)
 * @param volunteerPersonTimes volunteers who attended a shift that started in the period (人次)
 * @param volunteerMinutes     the minutes credited for those attendances
 * @param legalAidEvents       legal-aid events held (started, not cancelled)
 * @param consultations        legal consultations logged
 * @param peopleReached        people the legal-aid events held reached
 * @param patrols              grid patrols started (网格员出动人次)
 * @param patrolEvents         events logged on patrols (处置事件)
 * @param eventsOnSpot         of those, the ones handled on the spot
 * @param highRiskDisputesOpen high-risk disputes still open (not resolved, referred or closed) at the end of the
 *                             period's last day
 */
public record Figures(long received, long accepted, long rejected, long resolved, long closed, long reopened,
                      long overdue, long disputesScreened, long disputesResolved, long volunteerPersonTimes,
                      long volunteerMinutes, long legalAidEvents, long consultations, long peopleReached,
                      long patrols, long patrolEvents, long eventsOnSpot, long highRiskDisputesOpen) implements Serializable {

    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** How many counts a figure set has: the length of {@link #toArray()}. */
    static final int SIZE = 18;

    /** The figures from their counts in the order of the record's components. */
    static Figures of(long[] counts) {
        long[] c = counts;
        return new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15], c[16], c[17]);
    }

    /** The counts in the order of the record's components. */
    long[] toArray() {
        return new long[]{received, accepted, rejected, resolved, closed, reopened, overdue, disputesScreened,
                disputesResolved, volunteerPersonTimes, volunteerMinutes, legalAidEvents, consultations, peopleReached,
                patrols, patrolEvents, eventsOnSpot, highRiskDisputesOpen};
    }

    /** The figures of two areas together (a parent's from its children's): every count added. */
    public Figures plus(Figures other) {
        return new Figures(received + other.received, accepted + other.accepted, rejected + other.rejected,
                resolved + other.resolved, closed + other.closed, reopened + other.reopened, overdue + other.overdue,
                disputesScreened + other.disputesScreened, disputesResolved + other.disputesResolved,
                volunteerPersonTimes + other.volunteerPersonTimes, volunteerMinutes + other.volunteerMinutes,
                legalAidEvents + other.legalAidEvents, consultations + other.consultations,
                peopleReached + other.peopleReached, patrols + other.patrols, patrolEvents + other.patrolEvents,
                eventsOnSpot + other.eventsOnSpot, highRiskDisputesOpen + other.highRiskDisputesOpen);
    }

    /**
     * This period followed by a later one of the same area: counts of events added, but overdue and the open
     * high-risk disputes are states at the end of a day, so the later period's stand.
     */
    public Figures followedBy(Figures later) {
        Figures sum = plus(later);
        return new Figures(sum.received, sum.accepted, sum.rejected, sum.resolved, sum.closed, sum.reopened,
                later.overdue, sum.disputesScreened, sum.disputesResolved, sum.volunteerPersonTimes,
                sum.volunteerMinutes, sum.legalAidEvents, sum.consultations, sum.peopleReached, sum.patrols,
                sum.patrolEvents, sum.eventsOnSpot, later.highRiskDisputesOpen);
    }

    /** Whether nothing at all happened. */
    public boolean isZero() {
        return equals(ZERO);
    }

    /**
     * The resolution rate (办结率) in percent, one decimal: submissions resolved in the period per submission
     * received in it (above 100 when older ones were resolved too); null when none was received.
     */
    public BigDecimal resolutionRate() {
        return Rates.percent(resolved, received);
    }

    /**
     * The dispute resolution rate (化解率) in percent, one decimal: disputes resolved in the period per dispute
     * recorded in it, as the district reports it (化解2722起 of 排查2750起: 99.0); null when none was recorded.
     */
    public BigDecimal disputeResolutionRate() {
        return Rates.percent(disputesResolved, disputesScreened);
    }

    /** Volunteer hours, one decimal. */
    public BigDecimal volunteerHours() {
        return BigDecimal.valueOf(volunteerMinutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
