package org.sanling.legalaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;

/** A legal topic (民法典, 反诈, 劳动争议 …), managed by admins: what events cover and consultations are about. */
@Entity
@Table(name = "legal_topic")
@SequenceGenerator(name = "legal_topic_seq", sequenceName = "legal_topic_seq", allocationSize = 50)
public class LegalTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_topic_seq")
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

    protected LegalTopic() {
        // for JPA
    }

    /** The name in the given language: English for English, Chinese otherwise. */
    public String nameIn(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
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
