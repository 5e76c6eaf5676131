package org.sanling.web.legalaid;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.CurrentCaller;
import org.sanling.area.AreaService;
import org.sanling.legalaid.EventKind;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;
import org.sanling.legalaid.LegalTopic;
import org.sanling.legalaid.NewEvent;
import org.sanling.legalaid.StaffRole;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.Times;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form on which a leader schedules an event: kind, title, place, area, a day with a time window
 * (Asia/Shanghai), topics, and how many lawyers, mediators and volunteers staff it. Scheduling opens the
 * places for sign-up at once.
 */
@Named
@ViewScoped
public class ScheduleEventView implements Serializable {

    private static final String FORM = "schedule";

    @Inject
    private LegalAidService events;

    @Inject
    private AreaService areas;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private List<LegalTopic> topics = List.of();
    private EventKind kind;
    private String title;
    private String place;
    private AreaNode area;
    private LocalDate day;
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(12, 0);
    /** An array, not a list: Faces converts the checkboxes' values to the array's element type. */
    private Long[] topicIds = {};
    /** People wanted per role; a role left empty or at 0 gets no places. */
    private final Map<StaffRole, Integer> counts = new EnumMap<>(StaffRole.class);

    @PostConstruct
    void init() {
        topics = events.topics();
        day = LocalDate.now(clock.withZone(Times.SHANGHAI)).plusDays(1);
        area = areas.find(currentCaller.get().homeAreaCode()).map(AreaNode::of).orElse(null);
    }

    /** Schedules the event and shows it. */
    public void schedule() throws IOException {
        List<NewEvent.StaffSlot> slots = counts.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> new NewEvent.StaffSlot(e.getKey(), e.getValue()))
                .toList();
        NewEvent event = new NewEvent(kind, title, place, area == null ? null : area.code(), at(start), at(end),
                Arrays.stream(topicIds).map(String::valueOf).toList(), slots);
        Optional<LegalAidEvent> scheduled = FormFeedback.outcome(FORM, () -> events.schedule(event));
        if (scheduled.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FormFeedback.info("legalAid.scheduled");
            external.redirect(external.getRequestContextPath() + "/legal-aid/event.xhtml?id=" + scheduled.get().getId());
        }
    }

    private Instant at(LocalTime time) {
        return Times.at(day, time);
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public List<StaffRole> getRoles() {
        return List.of(StaffRole.values());
    }

    public List<LegalTopic> getTopics() {
        return topics;
    }

    public Map<StaffRole, Integer> getCounts() {
        return counts;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public AreaNode getArea() {
        return area;
    }

    public void setArea(AreaNode area) {
        this.area = area;
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

    public Long[] getTopicIds() {
        return topicIds;
    }

    public void setTopicIds(Long[] topicIds) {
        this.topicIds = topicIds == null ? new Long[0] : topicIds;
    }
}
