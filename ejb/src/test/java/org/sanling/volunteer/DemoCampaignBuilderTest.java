package org.sanling.volunteer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanling.account.Account;
import org.sanling.platform.Role;
import org.sanling.area.Area;
import org.sanling.area.AreaLevel;
import org.sanling.demo.DemoAreaTree;
import org.sanling.notification.NotificationKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo volunteering is what a used portal would hold, whenever it is loaded: early in the morning,
 * during the day's shifts and after them (Asia/Shanghai).
 */
class DemoCampaignBuilderTest {

    private static final List<String> CATEGORIES = List.of("环境整治", "文明创建", "防汛", "助老", "普法", "疫情防控", "关爱儿童", "其他");

    private record Demo(Instant now, List<Campaign> campaigns, DemoSignups signups) {

        List<Shift> shifts() {
            return campaigns.stream().flatMap(c -> c.getShifts().stream()).toList();
        }

        List<Signup> of(String username) {
            return signups.all().stream().filter(s -> s.getVolunteer().getUsername().equals(username)).toList();
        }
    }

    private static Demo demo(Instant now) {
        List<Area> tree = DemoAreaTree.build();
        Map<String, Area> byCode = tree.stream().collect(Collectors.toMap(Area::getCode, Function.identity()));
        List<Area> areas = tree.stream().filter(a -> a.getLevel() == AreaLevel.STREET || a.getLevel() == AreaLevel.COMMUNITY).toList();
        List<Account> leaders = List.of(account("district-leader", byCode.get("410702"), Role.LEADER, now),
                account("street-leader-a", byCode.get("410702001"), Role.LEADER, now),
                account("street-leader-b", byCode.get("410702002"), Role.LEADER, now));
        Map<String, Account> named = Map.of(
                "volunteer-a", account("volunteer-a", byCode.get("410702001002"), Role.VOLUNTEER, now),
                "volunteer-b", account("volunteer-b", byCode.get("410702001001"), Role.VOLUNTEER, now));
        List<CampaignCategory> categories = IntStream.range(0, CATEGORIES.size())
                .mapToObj(i -> new CampaignCategory(CATEGORIES.get(i), "category " + i, i + 1)).toList();
        Random random = new Random(7);
        List<Account> volunteers = DemoVolunteers.create(
                areas.stream().filter(a -> a.getLevel() == AreaLevel.COMMUNITY).toList(), "hash", now, random);
        var builder = new DemoCampaignBuilder(now, random, areas, leaders, categories, volunteers, named);
        return new Demo(now, builder.build(DemoCampaignSpec.readAll()), builder.signups());
    }

    private static Account account(String username, Area home, Role role, Instant now) {
        return new Account(username, username, null, home, EnumSet.of(role), "hash", now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T18:30:00Z", "2026-11-26T02:00:00Z", "2026-11-26T11:00:00Z", "2027-03-01T06:45:00Z"})
    void countsOfEveryShiftAreExactlyThoseOfItsSignups(String now) {
        Demo demo = demo(Instant.parse(now));
        for (Shift shift : demo.shifts()) {
            List<Signup> signups = demo.signups().of(shift);
            String what = shift.getCampaign().getTitle() + " " + shift.getStartsAt();
            assertEquals(count(signups, SignupStatus.CONFIRMED), shift.getConfirmedCount(), what);
            assertEquals(count(signups, SignupStatus.WAITLISTED), shift.getWaitlistedCount(), what);
            assertEquals(signups.size() + 1, shift.takeQueueNumber(), what);
            for (int i = 0; i < signups.size(); i++) {
                assertEquals(i + 1, signups.get(i).getQueueNumber(), what);
                assertTrue(i == 0 || !signups.get(i).getCreatedAt().isBefore(signups.get(i - 1).getCreatedAt()), what);
            }
            assertTrue(shift.getConfirmedCount() <= shift.getCapacity(), what);
            assertTrue(shift.getWaitlistedCount() == 0 || !shift.hasFreePlace(), what + ": a waitlist beside a free place");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T18:30:00Z", "2026-11-26T02:00:00Z", "2026-11-26T11:00:00Z"})
    void nobodyIsOnTwoShiftsAtTheSameTime(String now) {
        Map<Account, List<Shift>> byVolunteer = demo(Instant.parse(now)).signups().all().stream()
                .filter(s -> s.getStatus().isActive())
                .collect(Collectors.groupingBy(Signup::getVolunteer, Collectors.mapping(Signup::getShift, Collectors.toList())));
        byVolunteer.forEach((volunteer, shifts) -> {
            for (int i = 0; i < shifts.size(); i++) {
                for (int j = i + 1; j < shifts.size(); j++) {
                    assertFalse(shifts.get(i).overlaps(shifts.get(j).getStartsAt(), shifts.get(j).getEndsAt()),
                            volunteer.getUsername() + " on " + shifts.get(i).getCampaign().getTitle() + " and " + shifts.get(j).getCampaign().getTitle());
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T18:30:00Z", "2026-11-26T02:00:00Z", "2026-11-26T05:00:00Z", "2026-11-26T11:00:00Z"})
    void attendanceIsWhatThePortalWouldHaveRecordedUntilNow(String at) {
        Demo demo = demo(Instant.parse(at));
        Instant now = demo.now();
        for (Signup signup : demo.signups().all()) {
            Shift shift = signup.getShift();
            String what = signup.getVolunteer().getUsername() + " @ " + shift.getCampaign().getTitle() + " " + shift.getStartsAt();
            assertTrue(signup.getCreatedAt().isBefore(shift.getStartsAt()) && signup.getCreatedAt().isBefore(now), what);
            if (signup.getCheckedInAt() != null) {
                assertEquals(SignupStatus.CONFIRMED, signup.getStatus(), what);
                assertTrue(shift.acceptsCheckInAt(signup.getCheckedInAt()) && signup.getCheckedInAt().isBefore(now), what);
            }
            if (signup.getAttendance() == Attendance.ATTENDED) {
                assertTrue(signup.getCheckedOutAt().isBefore(now), what);
                assertEquals(ServiceHours.creditedMinutes(shift.getStartsAt(), shift.getEndsAt(), signup.getCheckedInAt(),
                        signup.getCheckedOutAt()), signup.getCreditedMinutes(), what);
                assertTrue(signup.getCreditedMinutes() > 60, what);
            } else {
                assertNull(signup.getCheckedOutAt(), what);
                assertEquals(0, signup.getCreditedMinutes(), what);
            }
            if (signup.getAttendance() == Attendance.NO_SHOW) {
                assertNull(signup.getCheckedInAt(), what);
                assertTrue(shift.getEndsAt().atZone(DemoCampaignBuilder.ZONE).toLocalDate()
                        .isBefore(now.atZone(DemoCampaignBuilder.ZONE).toLocalDate()), what + ": no-show before the day ended");
            }
        }
        assertTrue(demo.signups().all().stream().filter(s -> s.getAttendance() == Attendance.NO_SHOW).count() > 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-26T02:00:00Z", "2026-11-26T11:00:00Z"})
    void campaignsSpanTheDistrictEveryCategoryAndEveryStatus(String at) {
        Demo demo = demo(Instant.parse(at));
        Instant now = demo.now();
        List<Campaign> campaigns = demo.campaigns();
        assertTrue(campaigns.size() >= 30 && campaigns.size() <= 40, campaigns.size() + " campaigns");
        assertEquals(8, campaigns.stream().map(c -> c.getArea().lineage().get(1)).distinct().count(), "streets");
        assertEquals(Set.copyOf(CATEGORIES), campaigns.stream().map(c -> c.getCategory().getName()).collect(Collectors.toSet()));
        for (Campaign campaign : campaigns) {
            String leader = switch (campaign.getArea().lineage().get(1)) {
                case "410702001" -> "street-leader-a";
                case "410702002" -> "street-leader-b";
                default -> "district-leader";
            };
            assertEquals(leader, campaign.getCreatedBy().getUsername(), campaign.getTitle());
            assertTrue(campaign.getCreatedAt().isBefore(now) && !campaign.getUpdatedAt().isAfter(now), campaign.getTitle());
            assertTrue(campaign.getStartsAt().isAfter(now.minus(Duration.ofDays(62)))
                    && campaign.getEndsAt().isBefore(now.plus(Duration.ofDays(32))), campaign.getTitle());
            for (Shift shift : campaign.getShifts()) {
                LocalTime start = shift.getStartsAt().atZone(DemoCampaignBuilder.ZONE).toLocalTime();
                assertTrue(start.isAfter(LocalTime.of(7, 59)) && start.isBefore(LocalTime.of(15, 1)), campaign.getTitle());
                assertTrue(shift.length().toMinutes() >= 120 && shift.length().toMinutes() <= 240, campaign.getTitle());
                assertTrue(shift.getCapacity() >= 3 && shift.getCapacity() <= 15, campaign.getTitle());
            }
        }
        Map<CampaignStatus, List<Campaign>> byStatus = campaigns.stream().collect(Collectors.groupingBy(Campaign::getStatus));
        assertTrue(byStatus.get(CampaignStatus.PUBLISHED).size() > campaigns.size() / 2);
        byStatus.get(CampaignStatus.CLOSED).forEach(c -> assertTrue(c.getEndsAt().isBefore(now), c.getTitle()));
        assertTrue(byStatus.get(CampaignStatus.DRAFT).size() >= 2);
        byStatus.get(CampaignStatus.DRAFT).forEach(c -> assertTrue(c.getStartsAt().isAfter(now)
                && c.getShifts().stream().allMatch(s -> demo.signups().of(s).isEmpty()), c.getTitle()));
        assertEquals(1, byStatus.get(CampaignStatus.CANCELLED).size());
        Campaign cancelled = byStatus.get(CampaignStatus.CANCELLED).get(0);
        assertTrue(cancelled.getShifts().stream().allMatch(s -> s.getConfirmedCount() == 0 && !demo.signups().of(s).isEmpty()
                && demo.signups().of(s).stream().allMatch(signup -> signup.getStatus() == SignupStatus.CANCELLED)));
        assertTrue(demo.shifts().stream().filter(s -> s.getStartsAt().isAfter(now) && s.getWaitlistedCount() > 0).count() >= 2,
                "upcoming shifts full with a waitlist");
        assertTrue(demo.shifts().stream().anyMatch(s -> s.getStartsAt().isAfter(now) && s.hasFreePlace()
                && s.getConfirmedCount() > 0 && s.getCampaign().getStatus() == CampaignStatus.PUBLISHED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-26T02:00:00Z", "2026-11-26T11:00:00Z"})
    void theNamedVolunteersHaveHoursShiftsToComeAndNews(String at) {
        Demo demo = demo(Instant.parse(at));
        Instant now = demo.now();
        List<Signup> a = demo.of("volunteer-a");
        assertEquals(3, a.stream().filter(s -> s.getAttendance() == Attendance.ATTENDED).count());
        assertEquals(2, a.stream().filter(s -> s.getStatus() == SignupStatus.CONFIRMED && s.getShift().getStartsAt().isAfter(now)).count());
        Signup waiting = a.stream().filter(s -> s.getStatus() == SignupStatus.WAITLISTED).findFirst().orElseThrow();
        assertEquals(waiting, demo.signups().of(waiting.getShift()).stream()
                .filter(s -> s.getStatus() == SignupStatus.WAITLISTED).findFirst().orElseThrow(), "volunteer-a waits first");

        List<Signup> b = demo.of("volunteer-b");
        assertEquals(3, b.stream().filter(s -> s.getAttendance() == Attendance.ATTENDED).count());
        Signup promoted = b.stream().filter(s -> s.getStatus() == SignupStatus.CONFIRMED
                && s.getConfirmedAt().isAfter(s.getCreatedAt())).findFirst().orElseThrow();
        assertNotNull(promoted.getConfirmedAt());
        Set<NotificationKind> news = demo.signups().notices().stream().filter(n -> n.volunteer().getUsername().equals("volunteer-b"))
                .map(DemoSignups.Notice::kind).collect(Collectors.toSet());
        assertEquals(Set.of(NotificationKind.PROMOTED, NotificationKind.CAMPAIGN_CANCELLED), news);
    }

    @Test
    void isTheSameDemoEveryTime() {
        Instant now = Instant.parse("2026-11-26T02:00:00Z");
        Function<Demo, List<String>> signups = demo -> demo.signups().all().stream()
                .map(s -> s.getVolunteer().getUsername() + s.getShift().getStartsAt() + s.getStatus() + s.getCreditedMinutes()).toList();
        assertEquals(signups.apply(demo(now)), signups.apply(demo(now)));
    }

    private static long count(List<Signup> signups, SignupStatus status) {
        return signups.stream().filter(s -> s.getStatus() == status).count();
    }
}
