package org.sanling.web.security;

import java.time.Duration;
import java.util.List;

/**
 * What {@link Throttle} limits, and how hard. Each rule has its own buckets: per account (absent for
 * {@link #REGISTRATION}, which has no account yet) and per client address. A bucket is a few limits at
 * once, short and long ("5 a minute, 20 an hour, 100 a day"): the first failures cost nothing, then the
 * wait grows from seconds to a quarter of an hour as the longer limits run out, and it shrinks again as
 * time passes. Nothing ever locks for good.
 */
public enum ThrottleRule {

    /**
     * A secret given with a username by someone not logged in: passwords on the login page and at
     * {@code POST /auth/token}, and the one-time codes of a two-factor login. A client that recently
     * logged in to the account is spared the account's limit (see {@link Throttle}).
     */
    LOGIN(List.of(Limit.of(5, Duration.ofMinutes(1)), Limit.of(20, Duration.ofHours(1)), Limit.of(100, Duration.ofDays(1))),
            List.of(Limit.of(10, Duration.ofMinutes(1)), Limit.of(60, Duration.ofHours(1)), Limit.of(300, Duration.ofDays(1))),
            true, true),

    /** A password reset code given with a username; as {@link #LOGIN}, in buckets of its own. */
    PASSWORD_RESET(LOGIN.perAccount, LOGIN.perClient, true, true),

    /**
     * A short code typed by someone logged in, the account being their own: the 6-digit check-in codes of
     * shifts, the code confirming a two-factor enrolment.
     */
    SHORT_CODE(List.of(Limit.of(5, Duration.ofMinutes(1)), Limit.of(20, Duration.ofHours(1)), Limit.of(50, Duration.ofDays(1))),
            LOGIN.perClient, false, true),

    /** New accounts from one client: every attempt counts, made or refused. */
    REGISTRATION(List.of(), List.of(Limit.of(10, Duration.ofHours(1)), Limit.of(30, Duration.ofDays(1))), false, false);

    /** {@code attempts} per {@code period}, refilled evenly over it (one every period / attempts). */
    record Limit(int attempts, Duration period) {

        static Limit of(int attempts, Duration period) {
            return new Limit(attempts, period);
        }
    }

    final List<Limit> perAccount;
    final List<Limit> perClient;
    /** Whether clients with a recent success for the account skip its limit, and successes make them so. */
    final boolean sparesKnownClients;
    /** Whether a successful attempt is given back: only failures count. */
    final boolean countsFailuresOnly;

    ThrottleRule(List<Limit> perAccount, List<Limit> perClient, boolean sparesKnownClients, boolean countsFailuresOnly) {
        this.perAccount = perAccount;
        this.perClient = perClient;
        this.sparesKnownClients = sparesKnownClients;
        this.countsFailuresOnly = countsFailuresOnly;
    }
}
