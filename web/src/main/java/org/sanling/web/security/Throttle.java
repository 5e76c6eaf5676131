package org.sanling.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Slows down guessing of passwords and codes, per client address and per account, instead of locking
 * accounts: before the guarded step runs (and before any password hash is computed), take an
 * {@link #attempt}; a step that succeeds gives it back with {@link Attempt#succeeded()}. When a bucket
 * is empty the attempt is refused with {@link TooManyAttemptsException}, which says how long to wait
 * ({@code 429} and {@code Retry-After} for the API). The limits, and how the wait grows, are in
 * {@link ThrottleRule}.
 * <pre>
 * Throttle.Attempt attempt = throttle.attempt(ThrottleRule.LOGIN, username, request);
 * if (accounts.authenticate(username, password) instanceof LoginOutcome.Authenticated) {
 *     attempt.succeeded();
 * }
 * // or, where a wrong guess is an exception:
 * throttle.guard(ThrottleRule.SHORT_CODE, me, request, WrongCheckCodeException.class, () -&gt; attendance.checkIn(...));
 * </pre>
 *
 * <h2>Why the owner still gets in while a stranger hammers their account</h2>
 * A per-account limit alone would let anyone who knows a username keep its owner out. A per-client
 * limit alone would let many addresses (a botnet) guess one account without end. So both apply, but a
 * client that logged in to the account successfully in the last {@link #KNOWN_CLIENT_FOR} (its
 * "usual" client) is spared the account's limit for rules that {@code sparesKnownClients}: a
 * stranger hammering the account from elsewhere empties the account's bucket for strangers only. The
 * known client still has its own per-client limit, so sharing an address with the attacker gives the
 * attacker no more than the per-client rate. Distributed guessing is held to the account's limit
 * (100 a day for logins), the owner's usual client is unaffected, and a new client of the owner waits
 * at worst a quarter of an hour between tries while an attack goes on.
 * <p>
 * Known and unknown usernames are limited alike: buckets are keyed by the username as typed (lower
 * case), before the database is asked, so the answers and their timing say nothing about whether the
 * account exists.
 *
 * <h2>State</h2>
 * Buckets live in this node's memory (not in the database: counting guesses must not cost a write),
 * in a cache bounded to {@link #MAX_ENTRIES} keys whose entries expire after a day unused, when they
 * would have refilled anyway; a restart or another node of a cluster starts afresh, and forgets the
 * known clients (their owners are then treated as strangers until they next log in).
 *
 * <h2>Client address</h2>
 * The socket's address ({@link HttpServletRequest#getRemoteAddr()}), never a header such as
 * {@code X-Forwarded-For}, which any client can write. Behind a reverse proxy every request would
 * come from the proxy: there the proxy must be trusted explicitly in the server (Undertow's
 * {@code proxy-address-forwarding} or the PROXY protocol on a listener only the proxy can reach), so
 * that the remote address is the real client's. IPv6 clients are keyed by their /64 network, which
 * one subscriber usually holds whole.
 * <p>
 * Thread-safe.
 */
@ApplicationScoped
public class Throttle {

    static final long MAX_ENTRIES = 100_000;
    static final Duration KNOWN_CLIENT_FOR = Duration.ofDays(30);

    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES).expireAfterAccess(Duration.ofDays(1)).build();
    private final Cache<String, Boolean> knownClients = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES).expireAfterWrite(KNOWN_CLIENT_FOR).build();

    public Throttle() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the given clock, for tests. */
    Throttle(TimeMeter time) {
        this.time = time;
    }

    /**
     * Takes one attempt of the request's client at the account.
     *
     * @param account the username the attempt is at (as typed; case does not matter), or null where
     *                there is none ({@link ThrottleRule#REGISTRATION})
     * @throws TooManyAttemptsException if the client or the account must wait; nothing is taken then
     */
    public Attempt attempt(ThrottleRule rule, String account, HttpServletRequest request) {
        return attempt(rule, account, clientOf(request));
    }

    /**
     * Runs {@code step} as one attempt, in which only an exception of type {@code wrongGuess} counts
     * against the limits: success and every other failure give the attempt back.
     *
     * @throws TooManyAttemptsException if the client or the account must wait; the step does not run
     */
    public <T> T guard(ThrottleRule rule, String account, HttpServletRequest request,
                       Class<? extends RuntimeException> wrongGuess, Supplier<T> step) {
        Attempt attempt = attempt(rule, account, request);
        try {
            T result = step.get();
            attempt.succeeded();
            return result;
        } catch (RuntimeException e) {
            if (!wrongGuess.isInstance(e)) {
                attempt.givenBack();
            }
            throw e;
        }
    }

    Attempt attempt(ThrottleRule rule, String account, String client) {
        String accountKey = account == null ? null : account.strip().toLowerCase(Locale.ROOT);
        List<Bucket> taken = new ArrayList<>(2);
        if (accountKey != null && !rule.perAccount.isEmpty()
                && !(rule.sparesKnownClients && knownClients.getIfPresent(known(accountKey, client)) != null)) {
            take(bucket(rule, "account", accountKey, rule.perAccount), taken);
        }
        take(bucket(rule, "client", client, rule.perClient), taken);
        return new Attempt(rule, accountKey, client, taken);
    }

    private void take(Bucket bucket, List<Bucket> taken) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            taken.forEach(b -> b.addTokens(1));
            throw new TooManyAttemptsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        taken.add(bucket);
    }

    private Bucket bucket(ThrottleRule rule, String kind, String key, List<ThrottleRule.Limit> limits) {
        return buckets.get(rule + "/" + kind + "/" + key, k -> {
            LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
            limits.forEach(l -> builder.addLimit(b -> b.capacity(l.attempts()).refillGreedy(l.attempts(), l.period())));
            return builder.build();
        });
    }

    private static String known(String account, String client) {
        return account + "/" + client;
    }

    /** The key of the request's client: its socket address, IPv6 addresses by their /64 network. */
    static String clientOf(HttpServletRequest request) {
        String address = String.valueOf(request.getRemoteAddr());
        if (!address.contains(":")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address); // a literal: no lookup
            return parsed.getAddress().length == 16
                    ? HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64" : parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** One attempt taken; tell it when it succeeded, or let it count as a failure by doing nothing. */
    public final class Attempt {

        private final ThrottleRule rule;
        private final String account;
        private final String client;
        private final List<Bucket> taken;

        private Attempt(ThrottleRule rule, String account, String client, List<Bucket> taken) {
            this.rule = rule;
            this.account = account;
            this.client = client;
            this.taken = taken;
        }

        /** The guarded step succeeded: it is given back where only failures count, and the client becomes known to the account. */
        public void succeeded() {
            if (rule.countsFailuresOnly) {
                givenBack();
            }
            if (rule.sparesKnownClients && account != null) {
                knownClients.put(known(account, client), Boolean.TRUE);
            }
        }

        private void givenBack() {
            taken.forEach(b -> b.addTokens(1));
            taken.clear();
        }
    }
}
