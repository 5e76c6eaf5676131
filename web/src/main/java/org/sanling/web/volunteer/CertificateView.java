package org.sanling.web.volunteer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.AccountService;
import org.sanling.volunteer.Attendance;
import org.sanling.volunteer.MyShifts;
import org.sanling.volunteer.ServiceRecord;
import org.sanling.volunteer.SignedUp;
import org.sanling.volunteer.SignupService;
import org.sanling.web.i18n.Times;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A printable certificate of a volunteer's service hours in one year ({@code ?year=}, this year by default). */
@Named
@ViewScoped
public class CertificateView implements Serializable {

    @Inject
    private SignupService signups;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private Integer year;
    private String name;
    private ServiceRecord record;
    private List<SignedUp> attended = List.of();
    private Instant issuedAt;

    public void load() {
        issuedAt = clock.instant();
        if (year == null) {
            year = issuedAt.atZone(Times.SHANGHAI).getYear();
        }
        name = accounts.me().getDisplayName();
        record = signups.myRecord(year);
        MyShifts mine = signups.mine();
        attended = Stream.concat(mine.upcoming().stream(), mine.past().stream())
                .filter(s -> s.signup().getAttendance() == Attendance.ATTENDED)
                .filter(s -> s.signup().getShift().getStartsAt().atZone(Times.SHANGHAI).getYear() == year)
                .toList();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public ServiceRecord getRecord() {
        return record;
    }

    public List<SignedUp> getAttended() {
        return attended;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
