package org.sanling.volunteer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sanling.platform.ChoiceList;
import org.sanling.platform.NamedChoice;

/** A kind of campaign (环境整治, 助老 …), managed by admins. */
@Entity
@Table(name = "campaign_category")
@SequenceGenerator(name = "campaign_category_seq", sequenceName = "campaign_category_seq", allocationSize = 50)
public class CampaignCategory extends NamedChoice {

    /** The list admins keep of these. */
    public static final ChoiceList<CampaignCategory> LIST = new ChoiceList<>(CampaignCategory.class, "campaignCategory", CampaignCategory::new);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_category_seq")
    private Long id;

    protected CampaignCategory() {
        // for JPA
    }

    public CampaignCategory(String name, String nameEn, int position) {
        super(name, nameEn, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
