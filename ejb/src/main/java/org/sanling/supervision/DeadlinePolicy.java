package org.sanling.supervision;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a submission must be resolved: urgent ones a number of hours after filing, the others a number
 * of working days after filing (Monday to Friday in Asia/Shanghai, at the same time of day; a filing on
 * a weekend counts from the next Monday morning). Public holidays are not known to the portal.
 */
public final class DeadlinePolicy {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DeadlinePolicy() {
    }

    public static Instant deadline(Instant filed, Urgency urgency, Category category) {
        if (urgency == Urgency.URGENT) {
            return filed.plus(Duration.ofHours(category.getUrgentHours()));
        }
        return plusWorkingDays(filed, category.getNormalWorkingDays());
    }

    /**
     * How many levels up an overdue submission should have gone by {@code now}: none before its deadline,
     * one once it has passed, and one more each time it stays overdue for another period it was allowed
     * (the same hours, or working days, counted on from the previous level's moment).
     *
     * @param atMost the highest level worth counting, e.g. the depth of the area tree
     */
    public static int escalationsDue(Instant deadline, Urgency urgency, Category category, Instant now, int atMost) {
        int levels = 0;
        Instant next = deadline;
        while (levels < atMost && now.isAfter(next)) {
            levels++;
            next = deadline(next, urgency, category);
        }
        return levels;
    }

    static Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime time = from.atZone(ZONE);
        if (isWeekend(time)) {
            while (isWeekend(time)) {
                time = time.plusDays(1);
            }
            time = time.toLocalDate().atStartOfDay(ZONE).withHour(9);
        }
        int left = days;
        while (left > 0) {
            time = time.plusDays(1);
            if (!isWeekend(time)) {
                left--;
            }
        }
        return time.toInstant();
    }

    private static boolean isWeekend(ZonedDateTime time) {
        return time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
