package org.sanling.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * The 日报 of an area for one day (Asia/Shanghai): its figures and each child's, children ordered by code.
 *
 * @param computed whether the day has been computed; if not, every figure is zero
 */
public record DailySummary(LocalDate date, boolean computed, AreaFigures area, List<AreaFigures> children) {
}
