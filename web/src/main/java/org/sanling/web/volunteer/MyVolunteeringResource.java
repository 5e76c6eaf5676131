package org.sanling.web.volunteer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sanling.account.AccountService;
import org.sanling.volunteer.ServiceRecord;
import org.sanling.volunteer.SignupService;
import org.sanling.web.i18n.Times;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The caller's shifts, service hours and skills ({@code /me/signups}, {@code /me/hours}, {@code /me/skills}). */
@Path("me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MyVolunteeringResource {

    /** My shifts: those still to come (or going on), and the history, latest first. */
    public record MySignups(List<SignupJson> upcoming, List<SignupJson> past) {
    }

    /** Service time (服务时长) in hours and person-times (人次): in the year and in all. */
    public record Hours(int year, double hours, long personTimes, double totalHours, long totalPersonTimes) {

        static Hours of(ServiceRecord r) {
            return new Hours(r.year(), r.hoursInYear(), r.personTimesInYear(), r.hoursInAll(), r.personTimesInAll());
        }
    }

    public record SkillsRequest(List<String> skills) {
    }

    @Inject
    private SignupService signups;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @GET
    @Path("signups")
    public MySignups signups() {
        var mine = signups.mine();
        return new MySignups(mine.upcoming().stream().map(SignupJson::of).toList(),
                mine.past().stream().map(SignupJson::of).toList());
    }

    /** This year's figures (Asia/Shanghai), or another year's with {@code ?year=}. */
    @GET
    @Path("hours")
    public Hours hours(@QueryParam("year") Integer year) {
        return Hours.of(signups.myRecord(year == null ? LocalDate.now(clock.withZone(Times.SHANGHAI)).getYear() : year));
    }

    @PUT
    @Path("skills")
    public List<String> skills(SkillsRequest request) {
        return accounts.changeMySkills(request == null ? List.of() : request.skills()).getSkills().stream().sorted().toList();
    }
}
