package org.sanling.volunteer;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/** At the end of each day (Asia/Shanghai), records no-shows and open check-outs of the shifts that ended. */
@Singleton
public class ShiftDayEnd {

    private static final Logger LOG = Logger.getLogger(ShiftDayEnd.class.getName());

    @Inject
    private AttendanceService attendance;

    @Inject
    private Clock clock;

    @Schedule(hour = "23", minute = "55", timezone = "Asia/Shanghai", persistent = false)
    void closeDay() {
        int closed = attendance.closeEndedShifts(clock.instant());
        LOG.info(() -> "Closed the attendance of " + closed + " sign-ups of ended shifts");
    }
}
