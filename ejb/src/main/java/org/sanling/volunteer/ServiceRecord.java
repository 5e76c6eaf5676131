package org.sanling.volunteer;

import java.io.Serializable;

/**
 * A volunteer's record: service time (服务时长) in minutes and person-times (人次, shifts attended), in one
 * year and in all.
 */
public record ServiceRecord(int year, long minutesInYear, long personTimesInYear, long minutesInAll, long personTimesInAll)
        implements Serializable {

    public double hoursInYear() {
        return minutesInYear / 60.0;
    }

    public double hoursInAll() {
        return minutesInAll / 60.0;
    }
}
