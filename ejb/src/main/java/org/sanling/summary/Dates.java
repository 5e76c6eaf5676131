package org.sanling.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Dates and times of native query results, whichever Java type the database's driver gave them. */
final class Dates {

    private Dates() {
    }

    static LocalDate local(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
