package org.sanling.web.legalaid;

import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.StaffRole;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A legal-aid event as the API shows it: its staffing per role (the shifts of its campaign, where staff
 * sign up) and whether the caller leads it or may log its consultations.
 */
public record EventJson(String id, String kind, String title, String place, String areaCode, String areaName,
                        OffsetDateTime startsAt, OffsetDateTime endsAt, List<TopicJson> topics, boolean cancelled,
                        String campaignId, List<Slot> slots, Integer peopleReached, Integer materialsHandedOut,
                        boolean canManage, boolean mayLog) {

    /** A topic in the caller's language. */
    public record TopicJson(String id, String name) {
    }

    /** The places of one role: the shift to sign up for, how many it needs, how many are confirmed. */
    public record Slot(String role, String shiftId, int count, int confirmed) {
    }

    static EventJson of(LegalAidEvent event, boolean leads, boolean mayLog, Locale locale) {
        return new EventJson(String.valueOf(event.getId()), event.getKind().name(), event.getTitle(), event.getPlace(),
                event.getArea().getCode(), event.getArea().getName(), Times.local(event.getStartsAt()),
                Times.local(event.getEndsAt()),
                event.getTopics().stream().map(t -> new TopicJson(String.valueOf(t.getId()), t.nameIn(locale))).toList(),
                event.isCancelled(), String.valueOf(event.getCampaign().getId()),
                event.getCampaign().getShifts().stream()
                        .map(s -> new Slot(StaffRole.needing(s.getQualification()).name(), String.valueOf(s.getId()),
                                s.getCapacity(), s.getConfirmedCount()))
                        .toList(),
                event.getPeopleReached(), event.getMaterialsHandedOut(), leads, mayLog);
    }
}
