package org.sanling.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Bearer tokens for API clients: 256 random bits, valid for {@link #LIFETIME}, stored as SHA-256 so the
 * table alone cannot be used to log in. Issuing is only done after {@link AccountService#authenticate}.
 * A token works only while its account is enabled and keeps the security stamp the token was issued
 * under; the account's roles and home area are read afresh on every call.
 * Thread-safe (a stateless bean).
 */
@Stateless
@PermitAll
public class TokenService {

    static final Duration LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A new token for the given, already authenticated, caller; also drops their expired tokens. */
    public IssuedToken issue(Caller caller) {
        Instant now = clock.instant();
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", caller.username()).getSingleResult();
        em.createQuery("delete from ApiToken t where t.account = :a and t.expiresAt <= :now")
                .setParameter("a", account).setParameter("now", now).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(SecretHash.of(token), account, now, now.plus(LIFETIME));
        em.persist(stored);
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /**
     * The caller the token belongs to, as the account is now, if the token is known, has not expired,
     * and neither a password change nor disabling has ended it.
     */
    public Optional<Caller> resolve(String token) {
        return valid(token).map(t -> Caller.of(t.getAccount()));
    }

    /**
     * Keeps the given token working after its holder changed their password, which ended every other
     * session and token of the account. Unknown or ended tokens are ignored.
     */
    public void keepAfterPasswordChange(String token) {
        em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", SecretHash.of(token)).getResultStream().findFirst().ifPresent(ApiToken::followStamp);
    }

    private Optional<ApiToken> valid(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select t from ApiToken t join fetch t.account
                        where t.tokenHash = :h and t.expiresAt > :now
                          and t.account.enabled = true and t.securityStamp = t.account.securityStamp""", ApiToken.class)
                .setParameter("h", SecretHash.of(token))
                .setParameter("now", clock.instant())
                .getResultStream().findFirst();
    }

    /** Makes the token unusable at once (logout of an API client). Unknown tokens are ignored. */
    public void revoke(String token) {
        em.createQuery("delete from ApiToken t where t.tokenHash = :h")
                .setParameter("h", SecretHash.of(token)).executeUpdate();
    }
}
