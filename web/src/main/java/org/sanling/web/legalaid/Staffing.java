package org.sanling.web.legalaid;

import org.sanling.legalaid.StaffRole;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.Shift;

import java.io.Serializable;
import java.util.List;

/**
 * How far one role of an event is staffed: the confirmed people of its shift against its places.
 *
 * @param shiftId the role's shift in the event's staffing campaign, where staff sign up
 */
public record Staffing(StaffRole role, long shiftId, int confirmed, int places) implements Serializable {

    /** The roles of a staffing campaign, one per active shift; its shifts must be loaded (inside a transaction). */
    static List<Staffing> of(Campaign staffing) {
        return staffing.activeShifts().stream().map(Staffing::of).toList();
    }

    private static Staffing of(Shift shift) {
        return new Staffing(StaffRole.needing(shift.getQualification()), shift.getId(), shift.getConfirmedCount(),
                shift.getCapacity());
    }

    public boolean full() {
        return confirmed >= places;
    }
}
