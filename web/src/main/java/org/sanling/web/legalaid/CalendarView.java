package org.sanling.web.legalaid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;
import org.sanling.web.i18n.Times;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public calendar (no login): upcoming events, day by day in Asia/Shanghai, for citizens. */
@Named
@RequestScoped
public class CalendarView {

    private static final Duration AHEAD = Duration.ofDays(60);

    @Inject
    private LegalAidService events;

    @Inject
    private Clock clock;

    private List<CalendarDay> days = List.of();

    @PostConstruct
    void load() {
        Map<LocalDate, List<LegalAidEvent>> byDay = events.upcoming(clock.instant().plus(AHEAD)).stream()
                .collect(Collectors.groupingBy(e -> e.getStartsAt().atZone(Times.SHANGHAI).toLocalDate(),
                        LinkedHashMap::new, Collectors.toList()));
        days = byDay.entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList();
    }

    public List<CalendarDay> getDays() {
        return days;
    }

    /** One day of the calendar, its events soonest first. */
    public record CalendarDay(LocalDate day, List<LegalAidEvent> events) {
    }
}
