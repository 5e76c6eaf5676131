package org.sanling.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A kind of campaign (环境整治, 助老 …), managed by admins. */
@Entity
@Table(name = "campaign_category")
@SequenceGenerator(name = "campaign_category_seq", sequenceName = "campaign_category_seq", allocationSize = 50)
public class CampaignCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_category_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected CampaignCategory() {
        // for JPA
    }

    public CampaignCategory(String name, String nameEn, int position) {
        this.name = name;
        this.nameEn = nameEn;
        this.position = position;
        this.active = true;
    }

    void rename(String newName, String newNameEn) {
        this.name = newName;
        this.nameEn = newNameEn;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The name in the given language: English for English, Chinese otherwise. */
    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
