package org.sanling.web.volunteer;

import org.sanling.volunteer.SignedUp;
import org.sanling.volunteer.Shift;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A shift with its places. {@code qualification} (LAWYER, MEDIATOR) when only holders may take them;
 * {@code checkCode} only for the campaign's leaders; {@code mySignup} is the caller's place on it, when
 * they have one and it was asked for.
 */
public record ShiftJson(String id, OffsetDateTime startsAt, OffsetDateTime endsAt, String place, int capacity,
                        int confirmed, int waitlisted, List<String> skills, String qualification, boolean cancelled,
                        String checkCode, SignupJson mySignup) {

    static ShiftJson of(Shift shift, boolean leads, SignedUp mine) {
        return new ShiftJson(String.valueOf(shift.getId()), Times.local(shift.getStartsAt()), Times.local(shift.getEndsAt()),
                shift.getPlace(), shift.getCapacity(), shift.getConfirmedCount(), shift.getWaitlistedCount(),
                shift.getSkills().stream().sorted().toList(),
                shift.getQualification() == null ? null : shift.getQualification().name(), shift.isCancelled(),
                leads ? shift.getCheckCode() : null,
                mine == null ? null : SignupJson.of(mine));
    }
}
