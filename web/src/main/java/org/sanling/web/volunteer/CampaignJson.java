package org.sanling.web.volunteer;

import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.SignedUp;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A campaign with its shifts, as the API shows it; {@code canManage} tells whether the caller leads it. */
public record CampaignJson(String id, String title, String description, String categoryId, String category,
                           String areaCode, String areaName, String status, OffsetDateTime startsAt,
                           OffsetDateTime endsAt, List<String> skills, boolean canManage, List<ShiftJson> shifts) {

    static CampaignJson of(Campaign campaign, boolean leads, Map<Long, SignedUp> mine, Locale locale) {
        return new CampaignJson(String.valueOf(campaign.getId()), campaign.getTitle(), campaign.getDescription(),
                String.valueOf(campaign.getCategory().getId()), campaign.getCategory().nameIn(locale),
                campaign.getArea().getCode(), campaign.getArea().getName(), campaign.getStatus().name(),
                Times.local(campaign.getStartsAt()), Times.local(campaign.getEndsAt()),
                campaign.getSkills().stream().sorted().toList(), leads,
                campaign.getShifts().stream().map(s -> ShiftJson.of(s, leads, mine.get(s.getId()))).toList());
    }
}
