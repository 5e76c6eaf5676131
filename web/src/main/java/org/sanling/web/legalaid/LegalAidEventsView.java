package org.sanling.web.legalaid;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** 法律服务: the events to come (or going on) with their staffing, and the recent ones, newest first. */
@Named
@ViewScoped
public class LegalAidEventsView implements Serializable {

    private static final Duration AHEAD = Duration.ofDays(90);
    private static final Duration BACK = Duration.ofDays(180);
    private static final int PAST_SHOWN = 30;

    @Inject
    private EventSummaries summaries;

    @Inject
    private Clock clock;

    private List<EventSummary> upcoming = List.of();
    private List<EventSummary> past = List.of();

    @PostConstruct
    void load() {
        Instant now = clock.instant();
        upcoming = summaries.between(now, now.plus(AHEAD));
        past = summaries.between(now.minus(BACK), now).stream()
                .filter(s -> !s.event().getEndsAt().isAfter(now))
                .sorted((a, b) -> b.event().getStartsAt().compareTo(a.event().getStartsAt()))
                .limit(PAST_SHOWN)
                .toList();
    }

    public List<EventSummary> getUpcoming() {
        return upcoming;
    }

    public List<EventSummary> getPast() {
        return past;
    }
}
