package org.sanling.volunteer;

import java.io.Serializable;
import java.util.List;

/** One page of campaigns, with how many match in all. */
public record CampaignPage(long total, List<Campaign> items) implements Serializable {
}
