package org.sanling.web.volunteer;

import jakarta.ws.rs.Path;
import org.sanling.volunteer.CampaignCategory;
import org.sanling.web.rest.ChoiceListResource;

/** The campaign categories (环境整治, 助老 …): on offer for everyone, kept by admins. */
@Path("campaign-categories")
public class CampaignCategoriesResource extends ChoiceListResource<CampaignCategory> {

    public CampaignCategoriesResource() {
        super(CampaignCategory.LIST);
    }
}
