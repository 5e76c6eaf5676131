package org.sanling.volunteer;

import org.sanling.account.Account;
import org.sanling.notification.NotificationKind;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo's sign-ups, made in memory one by one as {@link ShiftPlaces} makes them under the shift's lock:
 * queue numbers in order, confirmed while places are free and waitlisted after, the first waiting one
 * promoted (and notified) when a place frees, the shift's counts kept with every step. So the counts
 * the lists show are exactly those of the sign-ups, as in a portal that had been used. Stricter than
 * the portal, nobody is ever on two shifts at the same time, not even waiting for one.
 */
final class DemoSignups {

    /** A notice to write with {@link ShiftPlaces#notifyAbout} once the shift has its id. */
    record Notice(Account volunteer, NotificationKind kind, Shift shift) {
    }

    private static final int ATTENDING_PERCENT = 85;

    private final String clientIdPrefix;
    private final Map<Account, List<Shift>> calendars = new IdentityHashMap<>();
    private final Map<Shift, List<Signup>> byShift = new IdentityHashMap<>();
    private final List<Signup> all = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    DemoSignups() {
        this("demo-signup-");
    }

    /** @param clientIdPrefix what the sign-ups' client ids are made from, so that two demos' never collide */
    DemoSignups(String clientIdPrefix) {
        this.clientIdPrefix = clientIdPrefix;
    }

    /** Whether the volunteer is on no other shift at that time. */
    boolean isFree(Account volunteer, Shift shift) {
        return calendars.getOrDefault(volunteer, List.of()).stream()
                .noneMatch(other -> shift.overlaps(other.getStartsAt(), other.getEndsAt()));
    }

    /** The volunteer is on that shift already (a sign-up of another demo): not free at its time. */
    void markBusy(Account volunteer, Shift shift) {
        calendars.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
    }

    /**
     * Attendance of a shift that has started by {@code now}: most confirmed volunteers (those in {@code sure}
     * always) came around the start and left around the end, credited by {@link ServiceHours}; the rest are
     * no-shows once the day has been closed.
     */
    void attend(Shift shift, List<Account> sure, Instant now, Random random) {
        if (shift.getStartsAt().isAfter(now)) {
            return;
        }
        // The end-of-day job has recorded the no-shows of shifts on earlier days only.
        boolean dayClosed = shift.getEndsAt().atZone(DemoCampaignBuilder.ZONE).toLocalDate()
                .isBefore(now.atZone(DemoCampaignBuilder.ZONE).toLocalDate());
        for (Signup signup : confirmed(shift)) {
            if (sure.contains(signup.getVolunteer()) || random.nextInt(100) < ATTENDING_PERCENT) {
                Instant in = shift.getStartsAt().plus(Duration.ofMinutes(random.nextInt(31) - 20));
                Instant out = shift.getEndsAt().plus(Duration.ofMinutes(random.nextInt(36) - 20));
                if (in.isBefore(now)) {
                    signup.checkIn(in);
                    if (out.isBefore(now)) {
                        signup.checkOut(out, ServiceHours.creditedMinutes(shift.getStartsAt(), shift.getEndsAt(), in, out));
                    }
                }
            } else if (dayClosed) {
                signup.recordNoShow();
            }
        }
    }

    /** Signs the volunteer up at {@code at}: the next place in the queue, confirmed while one is free. */
    Signup enrol(Shift shift, Account volunteer, Instant at) {
        if (!isFree(volunteer, shift)) {
            throw new IllegalStateException(volunteer.getUsername() + " is already on a shift at the time of " + shift.getPlace());
        }
        calendars.computeIfAbsent(volunteer, v -> new ArrayList<>()).add(shift);
        boolean confirmed = shift.hasFreePlace();
        // Stable client ids: the same demo on every machine, unique per volunteer as the schema wants.
        UUID clientId = UUID.nameUUIDFromBytes((clientIdPrefix + all.size()).getBytes(StandardCharsets.UTF_8));
        Signup signup = new Signup(shift, volunteer, clientId, shift.takeQueueNumber(), confirmed, null, at);
        if (confirmed) {
            shift.countConfirmed(1);
        } else {
            shift.countWaitlisted(1);
        }
        byShift.computeIfAbsent(shift, s -> new ArrayList<>()).add(signup);
        all.add(signup);
        return signup;
    }

    /** The volunteer gives up a place at {@code at}; the first one waiting gets it and is notified. */
    void cancel(Signup signup, Instant at) {
        Shift shift = signup.getShift();
        boolean heldPlace = signup.getStatus() == SignupStatus.CONFIRMED;
        signup.end(SignupStatus.CANCELLED, at);
        if (!heldPlace) {
            shift.countWaitlisted(-1);
        } else {
            shift.countConfirmed(-1);
            waiting(shift).stream().findFirst().ifPresent(next -> {
                next.confirm(at);
                shift.countWaitlisted(-1);
                shift.countConfirmed(1);
                notices.add(new Notice(next.getVolunteer(), NotificationKind.PROMOTED, shift));
            });
        }
    }

    /** The campaign was cancelled at {@code at}: every sign-up of the shift ends and its volunteer is told. */
    void cancelAll(Shift shift, Instant at) {
        for (Signup signup : of(shift)) {
            if (signup.getStatus().isActive()) {
                signup.end(SignupStatus.CANCELLED, at);
                notices.add(new Notice(signup.getVolunteer(), NotificationKind.CAMPAIGN_CANCELLED, shift));
            }
        }
        shift.countConfirmed(-shift.getConfirmedCount());
        shift.countWaitlisted(-shift.getWaitlistedCount());
    }

    /** The shift's sign-ups in queue order. */
    List<Signup> of(Shift shift) {
        return byShift.getOrDefault(shift, List.of());
    }

    List<Signup> confirmed(Shift shift) {
        return of(shift).stream().filter(s -> s.getStatus() == SignupStatus.CONFIRMED).toList();
    }

    private List<Signup> waiting(Shift shift) {
        return of(shift).stream().filter(s -> s.getStatus() == SignupStatus.WAITLISTED).toList();
    }

    List<Signup> all() {
        return List.copyOf(all);
    }

    List<Notice> notices() {
        return List.copyOf(notices);
    }
}
