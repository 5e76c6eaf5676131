package org.sanling.volunteer;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** No active campaign category has that id or name. */
public class CampaignCategoryNotFoundException extends UserFacingException {

    public CampaignCategoryNotFoundException(String category) {
        super(Problem.BAD_INPUT, "campaign.category.notFound", "category", category);
    }
}
