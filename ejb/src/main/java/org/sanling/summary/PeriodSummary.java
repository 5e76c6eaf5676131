package org.sanling.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of an area and its children over the days {@code from} to {@code to} (both included, a week
 * from Monday or a calendar month), rolled up from the stored days: counts added, overdue as at the end of the
 * last computed day.
 *
 * @param daysComputed how many days of the period have been computed (the others count as nothing)
 */
public record PeriodSummary(LocalDate from, LocalDate to, int daysComputed, AreaFigures area,
                            List<AreaFigures> children) implements Serializable {
}
