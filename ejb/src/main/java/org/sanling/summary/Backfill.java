package org.sanling.summary;

import java.time.LocalDate;

/** What a backfill did: the days from {@code from} to {@code to} computed again, how many area rows it stored. */
public record Backfill(LocalDate from, LocalDate to, int days, long rows, long millis) {
}
