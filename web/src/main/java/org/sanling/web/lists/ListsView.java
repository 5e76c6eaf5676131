package org.sanling.web.lists;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.dispute.DisputeKind;
import org.sanling.legalaid.LegalTopic;
import org.sanling.platform.ChoiceListService;
import org.sanling.volunteer.CampaignCategory;

import java.io.Serializable;

/** The admins' page of campaign categories, legal topics and kinds of dispute: add, rename, switch on and off. */
@Named
@ViewScoped
public class ListsView implements Serializable {

    @Inject
    private ChoiceListService choices;

    private ChoiceListEditor<CampaignCategory> campaignCategories;
    private ChoiceListEditor<LegalTopic> legalTopics;
    private ChoiceListEditor<DisputeKind> disputeKinds;

    @PostConstruct
    void init() {
        campaignCategories = new ChoiceListEditor<>(choices, CampaignCategory.LIST, "campaignCategories");
        legalTopics = new ChoiceListEditor<>(choices, LegalTopic.LIST, "legalTopics");
        disputeKinds = new ChoiceListEditor<>(choices, DisputeKind.LIST, "disputeKinds");
    }

    public ChoiceListEditor<CampaignCategory> getCampaignCategories() {
        return campaignCategories;
    }

    public ChoiceListEditor<LegalTopic> getLegalTopics() {
        return legalTopics;
    }

    public ChoiceListEditor<DisputeKind> getDisputeKinds() {
        return disputeKinds;
    }
}
