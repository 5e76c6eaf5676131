package org.sanling.summary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The grid's and the mediators' work of a month on the 三零 board: what the district reports upward beside the
 * three zeros (网格员出动人次, 处置事件, 矛盾纠纷排查化解).
 *
 * @param patrols              grid patrols started (出动人次)
 * @param patrolEvents         events logged on them (处置事件)
 * @param eventsOnSpot         of those, the ones handled on the spot
 * @param disputesScreened     disputes recorded in the register
 * @param disputesResolved     disputes resolved by an agreement
 * @param highRiskDisputesOpen high-risk disputes open at the end of the month (now, for the current one)
 */
public record FieldWork(long patrols, long patrolEvents, long eventsOnSpot, long disputesScreened, long disputesResolved,
                        long highRiskDisputesOpen) implements Serializable {

    public static final FieldWork NONE = new FieldWork(0, 0, 0, 0, 0, 0);

    /** The field work among a period's figures. */
    static FieldWork of(Figures f) {
        return new FieldWork(f.patrols(), f.patrolEvents(), f.eventsOnSpot(), f.disputesScreened(), f.disputesResolved(),
                f.highRiskDisputesOpen());
    }

    FieldWork plus(FieldWork o) {
        return new FieldWork(patrols + o.patrols, patrolEvents + o.patrolEvents, eventsOnSpot + o.eventsOnSpot,
                disputesScreened + o.disputesScreened, disputesResolved + o.disputesResolved,
                highRiskDisputesOpen + o.highRiskDisputesOpen);
    }

    /** The dispute resolution rate (化解率) in percent, one decimal; null when no dispute was recorded. */
    public BigDecimal disputeResolutionRate() {
        return Rates.percent(disputesResolved, disputesScreened);
    }
}
