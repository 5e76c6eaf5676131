package org.sanling.web.volunteer;

import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.SignedUp;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the campaign page shows, read in one go: the campaign, its shifts still on, the caller's own
 * places and, for a leader who manages it, every shift's roster.
 *
 * @param myPlaces the caller's confirmed or waiting sign-ups, by shift id
 * @param rosters  by shift id; empty unless {@code manages}
 */
public record CampaignSheet(Campaign campaign, List<Shift> shifts, boolean manages, Map<Long, SignedUp> myPlaces,
                            Map<Long, List<RosterLine>> rosters) implements Serializable {

    public SignedUp myPlace(Shift shift) {
        return myPlaces.get(shift.getId());
    }

    /** The shift's roster, confirmed first; empty unless the caller manages the campaign. */
    public List<RosterLine> rosterLines(Shift shift) {
        return rosters.getOrDefault(shift.getId(), List.of());
    }
}
