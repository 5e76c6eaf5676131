package org.sanling.summary;

import org.sanling.area.AreaLevel;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One street's or community's line of the 三零 board for a month. The three counts are submissions filed in the
 * month, tagged with that dimension and accepted by a leader (not waiting, not rejected); zero means the area
 * stayed at zero.
 *
 * @param petitions            escalated petitions (上访)
 * @param accidents            safety accidents (事故)
 * @param criminalCases        criminal cases (发案)
 * @param received             submissions filed in the month
 * @param resolved             of those, how many are resolved or closed
 * @param resolutionRate       resolved per received in percent, null when nothing was received
 * @param averageResponseHours hours from filing to the first action on a submission, on average over those
 *                             acted on; null when none was
 * @param fieldWork            patrols, their events and the disputes of the month
 * @param rank                 place among the board's areas of the same level (1 first): by resolution rate
 *                             (none last), then by the shorter response time
 */
public record BoardEntry(String areaCode, String areaName, AreaLevel level, String parentCode, long petitions,
                         long accidents, long criminalCases, long received, long resolved, BigDecimal resolutionRate,
                         BigDecimal averageResponseHours, FieldWork fieldWork, int rank) implements Serializable {

    public boolean zeroPetitions() {
        return petitions == 0;
    }

    public boolean zeroAccidents() {
        return accidents == 0;
    }

    public boolean zeroCriminalCases() {
        return criminalCases == 0;
    }

    /** Whether the area stayed at zero on all three dimensions. */
    public boolean allZero() {
        return zeroPetitions() && zeroAccidents() && zeroCriminalCases();
    }
}
