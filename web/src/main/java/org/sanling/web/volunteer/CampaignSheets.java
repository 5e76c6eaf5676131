package org.sanling.web.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignService;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.SignupService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link CampaignSheet} in one transaction: the services' answers then share one persistence
 * context, so the campaign's shifts (loaded lazily) can be walked and the places, rosters and counts
 * shown belong to one moment. The services decide, as always, what the caller may see.
 */
@ApplicationScoped
public class CampaignSheets {

    @Inject
    private CampaignService campaigns;

    @Inject
    private SignupService signups;

    /** @throws org.sanling.volunteer.CampaignNotFoundException if the caller may not see it */
    @Transactional
    public CampaignSheet read(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<Shift> shifts = campaign.activeShifts();
        boolean manages = campaigns.manages(campaign);
        Map<Long, List<RosterLine>> rosters = new LinkedHashMap<>();
        if (manages) {
            shifts.forEach(shift -> rosters.put(shift.getId(), RosterLine.of(signups.roster(shift.getId()))));
        }
        return new CampaignSheet(campaign, shifts, manages, signups.myPlaces(campaignId), rosters);
    }
}
