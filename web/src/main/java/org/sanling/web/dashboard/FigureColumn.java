package org.sanling.web.dashboard;

import org.sanling.summary.Figures;

import java.util.function.Function;

/** The figures of a summary as the daily report and its Excel export show them, column by column. */
public enum FigureColumn {
    RECEIVED(Figures::received),
    ACCEPTED(Figures::accepted),
    REJECTED(Figures::rejected),
    RESOLVED(Figures::resolved),
    RESOLUTION_RATE(Figures::resolutionRate),
    CLOSED(Figures::closed),
    REOPENED(Figures::reopened),
    OVERDUE(Figures::overdue),
    DISPUTES_SCREENED(Figures::disputesScreened),
    DISPUTES_RESOLVED(Figures::disputesResolved),
    DISPUTE_RESOLUTION_RATE(Figures::disputeResolutionRate),
    HIGH_RISK_DISPUTES_OPEN(Figures::highRiskDisputesOpen),
    VOLUNTEER_PERSON_TIMES(Figures::volunteerPersonTimes),
    VOLUNTEER_HOURS(Figures::volunteerHours),
    LEGAL_AID_EVENTS(Figures::legalAidEvents),
    CONSULTATIONS(Figures::consultations),
    PEOPLE_REACHED(Figures::peopleReached),
    PATROLS(Figures::patrols),
    PATROL_EVENTS(Figures::patrolEvents),
    EVENTS_ON_SPOT(Figures::eventsOnSpot);

    private final Function<Figures, Number> value;

    FigureColumn(Function<Figures, Number> value) {
        this.value = value;
    }

    /** The column's figure: a count, or a decimal (rate, hours); null where there is none (a rate of nothing). */
    public Number value(Figures figures) {
        return value.apply(figures);
    }

    /** The resource-bundle key of the column's heading. */
    public String key() {
        return "report.column." + name();
    }
}
