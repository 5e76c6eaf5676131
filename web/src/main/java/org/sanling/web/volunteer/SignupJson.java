package org.sanling.web.volunteer;

import org.sanling.volunteer.SignedUp;
import org.sanling.volunteer.Signup;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;

/**
 * A sign-up as the API shows it to its volunteer: status, waitlist position (0 when not waiting), the
 * shift it is for, attendance and the minutes credited.
 */
public record SignupJson(String id, String shiftId, String campaignId, String campaignTitle, OffsetDateTime startsAt,
                         OffsetDateTime endsAt, String place, String status, int position, OffsetDateTime checkedInAt,
                         OffsetDateTime checkedOutAt, String attendance, int creditedMinutes) {

    public static SignupJson of(SignedUp answer) {
        return of(answer.signup(), answer.position());
    }

    public static SignupJson of(Signup signup, int position) {
        var shift = signup.getShift();
        return new SignupJson(String.valueOf(signup.getId()), String.valueOf(shift.getId()),
                String.valueOf(shift.getCampaign().getId()), shift.getCampaign().getTitle(), Times.local(shift.getStartsAt()),
                Times.local(shift.getEndsAt()), shift.getPlace(), signup.getStatus().name(), position,
                Times.local(signup.getCheckedInAt()), Times.local(signup.getCheckedOutAt()),
                signup.getAttendance() == null ? null : signup.getAttendance().name(), signup.getCreditedMinutes());
    }
}
