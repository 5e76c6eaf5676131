package org.sanling.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Locale;

/**
 * An entry of a list admins keep (categories of submissions and campaigns, legal topics): a Chinese and
 * an English name, a place in the list, switched on or off (an entry in use is never deleted). Each
 * subclass has its own table and id sequence.
 */
@MappedSuperclass
public abstract class NamedChoice implements Serializable {

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

    protected NamedChoice() {
        // for JPA
    }

    protected NamedChoice(String name, String nameEn, int position) {
        this.name = name;
        this.nameEn = nameEn;
        this.position = position;
        this.active = true;
    }

    public abstract Long getId();

    public void rename(String newName, String newNameEn) {
        this.name = newName;
        this.nameEn = newNameEn;
    }

    public void setActive(boolean newActive) {
        this.active = newActive;
    }

    /** The name in the given language: English for English, Chinese otherwise. */
    public String nameIn(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
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
