package org.sanling.volunteer;

import java.util.List;

/** One page of campaigns, with how many match in all. */
public record CampaignPage(long total, List<Campaign> items) {
}
