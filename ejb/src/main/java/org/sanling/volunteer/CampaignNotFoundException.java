package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No campaign with that id is visible to the caller (drafts exist for leaders of their area only). */
public class CampaignNotFoundException extends UserFacingException {

    public CampaignNotFoundException(Object id) {
        super(Problem.NOT_FOUND, "campaign.notFound", null, id);
    }
}
