package org.sanling.summary;

import java.io.Serializable;
import java.time.LocalDate;

/** One day's figures of an area, a point of a chart (e.g. received against resolved per day). */
public record DayFigures(LocalDate date, Figures figures) implements Serializable {
}
