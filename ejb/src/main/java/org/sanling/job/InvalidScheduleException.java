package org.sanling.job;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A schedule that cannot be: a cron expression Quartz does not read, that never fires, or an unknown time zone. */
public class InvalidScheduleException extends UserFacingException {

    private InvalidScheduleException(String messageKey, String field, Object... arguments) {
        super(Problem.BAD_INPUT, messageKey, field, arguments);
    }

    /** @param reason Quartz's own explanation, e.g. where the expression goes wrong */
    static InvalidScheduleException badCron(String cron, String reason) {
        return new InvalidScheduleException("job.cron.invalid", "cron", cron, reason);
    }

    static InvalidScheduleException neverFires(String cron) {
        return new InvalidScheduleException("job.cron.neverFires", "cron", cron);
    }

    static InvalidScheduleException badTimeZone(String timeZone) {
        return new InvalidScheduleException("job.timeZone.invalid", "timeZone", timeZone);
    }
}
