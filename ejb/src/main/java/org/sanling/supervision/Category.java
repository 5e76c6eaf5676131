package org.sanling.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.util.Locale;

/**
 * A category of submissions (城市管理, 环境卫生 …), managed by admins, with the deadlines its submissions
 * get: {@link #getUrgentHours()} for urgent ones, {@link #getNormalWorkingDays()} for the others.
 */
@Entity
@SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "urgent_hours", nullable = false)
    private int urgentHours;

    @Column(name = "normal_working_days", nullable = false)
    private int normalWorkingDays;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Category() {
        // for JPA
    }

    public Category(String name, String nameEn, int urgentHours, int normalWorkingDays, int position) {
        this.name = name;
        this.nameEn = nameEn;
        this.urgentHours = urgentHours;
        this.normalWorkingDays = normalWorkingDays;
        this.position = position;
        this.active = true;
    }

    public void changeDeadlines(int newUrgentHours, int newNormalWorkingDays) {
        this.urgentHours = newUrgentHours;
        this.normalWorkingDays = newNormalWorkingDays;
    }

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

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getUrgentHours() {
        return urgentHours;
    }

    public int getNormalWorkingDays() {
        return normalWorkingDays;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
