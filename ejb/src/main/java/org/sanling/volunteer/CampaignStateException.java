package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** The campaign's state does not allow the change (e.g. publishing a cancelled campaign). */
public class CampaignStateException extends UserFacingException {

    public CampaignStateException(CampaignStatus status) {
        super(Problem.CONFLICT, "campaign.state.notAllowed", null, status);
    }
}
