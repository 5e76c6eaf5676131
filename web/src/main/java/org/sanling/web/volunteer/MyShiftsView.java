package org.sanling.web.volunteer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.AccountService;
import org.sanling.volunteer.AttendanceService;
import org.sanling.volunteer.MyShifts;
import org.sanling.volunteer.ServiceRecord;
import org.sanling.volunteer.SignedUp;
import org.sanling.volunteer.Signup;
import org.sanling.volunteer.SignupService;
import org.sanling.volunteer.WrongCheckCodeException;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.Times;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * 我的班次: the shifts I hold or wait for (where I check in and out with the code the leader shows), my
 * history with attendance and hours, this year's totals, and my skills.
 */
@Named
@ViewScoped
public class MyShiftsView implements Serializable {

    private static final String FORM = "mine";

    @Inject
    private SignupService signups;

    @Inject
    private AttendanceService attendance;

    @Inject
    private AccountService accounts;

    @Inject
    private Throttle throttle;

    @Inject
    private Clock clock;

    private List<SignedUp> upcoming = List.of();
    private List<SignedUp> history = List.of();
    private ServiceRecord record;
    private List<String> skills = new ArrayList<>();
    /** The check-in code typed for each sign-up. */
    private final Map<Long, String> codes = new HashMap<>();

    @PostConstruct
    void init() {
        skills = new ArrayList<>(accounts.mySkills());
        load();
    }

    /** A shift whose attendance is settled (checked out, or a no-show) is history, even before it ends. */
    private void load() {
        MyShifts mine = signups.mine();
        upcoming = mine.upcoming().stream().filter(s -> s.signup().getAttendance() == null).toList();
        history = Stream.concat(mine.upcoming().stream().filter(s -> s.signup().getAttendance() != null),
                mine.past().stream()).toList();
        record = signups.myRecord(clock.instant().atZone(Times.SHANGHAI).getYear());
    }

    public void checkIn(Signup signup) {
        attend(signup, () -> attendance.checkIn(signup.getId(), codes.get(signup.getId()), null), "volunteer.checkedIn");
    }

    public void checkOut(Signup signup) {
        attend(signup, () -> attendance.checkOut(signup.getId(), codes.get(signup.getId()), null), "volunteer.checkedOut");
    }

    /** Throttled as a code guess of the volunteer ({@link ThrottleRule#SHORT_CODE}). */
    private void attend(Signup signup, Supplier<Signup> step, String doneKey) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        FormFeedback.outcome(FORM, () -> throttle.guard(ThrottleRule.SHORT_CODE, request.getRemoteUser(), request,
                WrongCheckCodeException.class, step)).ifPresent(s -> FormFeedback.info(doneKey, signup.getShift().getCampaign().getTitle()));
        load();
    }

    public void saveSkills() {
        FormFeedback.outcome("skillsForm", () -> accounts.changeMySkills(skills)).ifPresent(account -> {
            skills = new ArrayList<>(account.getSkills());
            FormFeedback.info("volunteer.skills.saved");
        });
    }

    /** Whether the volunteer may check in now: confirmed, not yet in, from shortly before the start. */
    public boolean checkInOpen(Signup signup) {
        return signup.acceptsCheckInAt(clock.instant());
    }

    /** When checking in opens for a shift. */
    public Instant checkInOpensAt(Signup signup) {
        return signup.getShift().checkInOpensAt();
    }

    public List<SignedUp> getUpcoming() {
        return upcoming;
    }

    public List<SignedUp> getHistory() {
        return history;
    }

    public ServiceRecord getRecord() {
        return record;
    }

    public Map<Long, String> getCodes() {
        return codes;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }
}
