package org.sanling.summary;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The 三零 board of a month below an area: the streets and the communities within it, each list in rank order
 * (比一比).
 *
 * @param computedAt when the monthly job stored it; null when computed just now (the current month, or a month
 *                   the job has not stored yet)
 */
public record SanlingBoard(YearMonth month, String areaCode, String areaName, Instant computedAt,
                           List<BoardEntry> streets, List<BoardEntry> communities) implements Serializable {
}
