package org.sanling.web.volunteer;

import org.sanling.account.Qualification;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.ShiftPlan;
import org.sanling.web.i18n.Times;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One shift as a row of the campaign form: a day with start and end times (Asia/Shanghai) rather than two
 * instants, since a shift starts and ends on the day it is planned for.
 */
public class ShiftRow implements Serializable {

    private Long id;
    private LocalDate day;
    private LocalTime start;
    private LocalTime end;
    private String place;
    private Integer capacity;
    private List<String> skills = new ArrayList<>();
    /** Kept as it is: a legal-aid event's lawyer and mediator places stay theirs when the campaign is edited. */
    private Qualification qualification;

    static ShiftRow of(Shift shift) {
        ShiftRow row = new ShiftRow();
        row.id = shift.getId();
        row.day = shift.getStartsAt().atZone(Times.SHANGHAI).toLocalDate();
        row.start = shift.getStartsAt().atZone(Times.SHANGHAI).toLocalTime();
        row.end = shift.getEndsAt().atZone(Times.SHANGHAI).toLocalTime();
        row.place = shift.getPlace();
        row.capacity = shift.getCapacity();
        row.skills = new ArrayList<>(shift.getSkills());
        row.qualification = shift.getQualification();
        return row;
    }

    /** An empty row for a new campaign: tomorrow morning. */
    static ShiftRow tomorrowMorning(LocalDate today) {
        ShiftRow row = new ShiftRow();
        row.day = today.plusDays(1);
        row.start = LocalTime.of(9, 0);
        row.end = LocalTime.of(12, 0);
        return row;
    }

    /** A new row that starts when this one ends, at the same place: the usual next shift of a campaign. */
    ShiftRow following() {
        ShiftRow row = new ShiftRow();
        row.day = day;
        row.start = end;
        if (start != null && end != null) {
            LocalTime next = end.plus(Duration.between(start, end));
            row.end = next.isAfter(end) ? next : null; // not past midnight: a shift ends on its day
        }
        row.place = place;
        row.capacity = capacity;
        row.skills = new ArrayList<>(skills);
        return row;
    }

    /** The plan of this row; times missing here are refused by the plan's validation. */
    ShiftPlan plan() {
        return new ShiftPlan(id, at(start), at(end), place, capacity == null ? 0 : capacity, skills, qualification);
    }

    private Instant at(LocalTime time) {
        return Times.at(day, time);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }
}
