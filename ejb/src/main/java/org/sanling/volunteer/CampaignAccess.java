package org.sanling.volunteer;

import org.sanling.account.Caller;

/** Who may manage and who may see a campaign. */
final class CampaignAccess {

    private CampaignAccess() {
    }

    /** Admins everywhere, leaders inside their home area's subtree. */
    static boolean manages(Caller caller, String areaPath) {
        return caller.leads(areaPath);
    }

    static boolean manages(Caller caller, Campaign campaign) {
        return manages(caller, campaign.getAreaPath());
    }

    /** Drafts are their leaders' business; once published a campaign is public, also when closed or cancelled. */
    static boolean canSee(Caller caller, Campaign campaign) {
        return campaign.getStatus() != CampaignStatus.DRAFT || manages(caller, campaign);
    }
}
