package org.sanling.supervision;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadlinePolicyTest {

    private final Category category = new Category("物业管理", "Property management", 24, 5, 3);

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DeadlinePolicy.ZONE).toInstant();
    }

    @Test
    void urgentSubmissionsAreDueHoursAfterFiling() {
        assertEquals(shanghai("2026-11-28T10:15"), DeadlinePolicy.deadline(shanghai("2026-11-27T10:15"), Urgency.URGENT, category));
    }

    @Test
    void normalSubmissionsAreDueFiveWorkingDaysLaterAtTheSameTime() {
        // Thursday → the next Thursday, across a weekend.
        assertEquals(shanghai("2026-12-03T16:40"), DeadlinePolicy.deadline(shanghai("2026-11-26T16:40"), Urgency.NORMAL, category));
    }

    @Test
    void aWeekendFilingCountsFromMondayMorning() {
        // Saturday evening → Monday 09:00 + 5 working days = the next Monday 09:00.
        assertEquals(shanghai("2026-12-07T09:00"), DeadlinePolicy.deadline(shanghai("2026-11-28T21:00"), Urgency.NORMAL, category));
    }

    @Test
    void theCategoryDecides() {
        category.changeDeadlines(12, 3);
        assertEquals(shanghai("2026-11-26T22:00"), DeadlinePolicy.deadline(shanghai("2026-11-26T10:00"), Urgency.URGENT, category));
        assertEquals(shanghai("2026-12-01T10:00"), DeadlinePolicy.deadline(shanghai("2026-11-26T10:00"), Urgency.NORMAL, category));
    }

    @Test
    void anOverdueSubmissionGoesALevelUpAtItsDeadlineAndOneMoreForEachFurtherPeriodItWasAllowed() {
        Instant deadline = shanghai("2026-11-26T10:00"); // a Thursday; five working days allowed
        assertEquals(0, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, deadline, 10), "due, not yet overdue");
        assertEquals(1, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, shanghai("2026-11-26T10:01"), 10));
        assertEquals(1, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, shanghai("2026-12-03T10:00"), 10));
        assertEquals(2, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, shanghai("2026-12-03T10:01"), 10));
        assertEquals(3, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, shanghai("2026-12-10T11:00"), 10));
        assertEquals(2, DeadlinePolicy.escalationsDue(deadline, Urgency.NORMAL, category, shanghai("2026-12-10T11:00"), 2), "capped");
        // Urgent: every 24 hours another level.
        assertEquals(2, DeadlinePolicy.escalationsDue(deadline, Urgency.URGENT, category, shanghai("2026-11-27T10:30"), 10));
    }
}
