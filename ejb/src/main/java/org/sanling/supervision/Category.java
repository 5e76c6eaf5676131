package org.sanling.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.sanling.platform.NamedChoice;

/**
 * A category of submissions (城市管理, 环境卫生 …), managed by admins, with the deadlines its submissions
 * get: {@link #getUrgentHours()} for urgent ones, {@link #getNormalWorkingDays()} for the others.
 */
@Entity
@SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
public class Category extends NamedChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @Column(name = "urgent_hours", nullable = false)
    private int urgentHours;

    @Column(name = "normal_working_days", nullable = false)
    private int normalWorkingDays;

    protected Category() {
        // for JPA
    }

    public Category(String name, String nameEn, int urgentHours, int normalWorkingDays, int position) {
        super(name, nameEn, position);
        this.urgentHours = urgentHours;
        this.normalWorkingDays = normalWorkingDays;
    }

    public void changeDeadlines(int newUrgentHours, int newNormalWorkingDays) {
        this.urgentHours = newUrgentHours;
        this.normalWorkingDays = newNormalWorkingDays;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getUrgentHours() {
        return urgentHours;
    }

    public int getNormalWorkingDays() {
        return normalWorkingDays;
    }
}
