package org.sanling.summary;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A day, month or range of days the summaries cannot take: unreadable, backwards or too long. */
public class InvalidPeriodException extends UserFacingException {

    private InvalidPeriodException(String messageKey, String field, Object... arguments) {
        super(Problem.BAD_INPUT, messageKey, field, arguments);
    }

    static InvalidPeriodException badDay(String field, String text) {
        return new InvalidPeriodException("summary.date.invalid", field, text);
    }

    static InvalidPeriodException missingDay(String field) {
        return new InvalidPeriodException("summary.date.required", field);
    }

    static InvalidPeriodException badMonth(String field, String text) {
        return new InvalidPeriodException("summary.month.invalid", field, text);
    }

    static InvalidPeriodException backwards(String field) {
        return new InvalidPeriodException("summary.range.backwards", field);
    }

    static InvalidPeriodException tooLong(String field, int maxDays) {
        return new InvalidPeriodException("summary.range.tooLong", field, maxDays);
    }
}
