package org.sanling.account;

import org.sanling.platform.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.sanling.audit.AuditService;
import org.sanling.platform.OutOfScopeException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may still get in: disabling and enabling accounts, one-time password reset codes, and whether a
 * login session is still good.
 * <p>
 * Admins, and leaders for the accounts they may change ({@link AccountService#manageable}), disable and
 * enable accounts and issue reset codes; all of it is audited. Disabling, like a password change, moves
 * the account's security stamp on, which ends every session and token made before. Reset codes are
 * valid for {@link #RESET_CODE_LIFETIME}, once. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
public class AccountAccessService {

    static final Duration RESET_CODE_LIFETIME = Duration.ofHours(24);

    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** 12 characters of 31: about 59 bits. */
    private static final int CODE_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Disables an account: the person cannot log in, their sessions end at their next request and their
     * tokens stop working. Disabling a disabled account changes nothing.
     *
     * @throws OwnAccountException if it is the caller's own account
     * @throws OutOfScopeException if the caller may not change the account
     */
    public Account disable(String username) {
        Account account = accounts.manageable(username);
        if (account.getUsername().equals(currentCaller.get().username())) {
            throw new OwnAccountException();
        }
        if (account.isEnabled()) {
            account.disable();
            audit.record("ACCOUNT_DISABLED", "account", account.getUsername(), null);
        }
        return account;
    }

    /** Lets a disabled account log in again; its old sessions and tokens stay ended. */
    public Account enable(String username) {
        Account account = accounts.manageable(username);
        if (!account.isEnabled()) {
            account.enable();
            audit.record("ACCOUNT_ENABLED", "account", account.getUsername(), null);
        }
        return account;
    }

    /**
     * Issues a one-time code with which the person sets a new password ({@link #resetPassword}); it
     * replaces any earlier code of the account. The code is in the answer only: show it once.
     */
    public IssuedResetCode issueResetCode(String username) {
        Account account = accounts.manageable(username);
        em.createQuery("delete from PasswordResetCode c where c.account = :a").setParameter("a", account).executeUpdate();
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(RESET_CODE_LIFETIME);
        em.persist(new PasswordResetCode(account, SecretHash.of(code.toString()), currentCaller.get().username(), now, expiresAt));
        audit.record("RESET_CODE_ISSUED", "account", account.getUsername(), "valid until " + expiresAt);
        String shown = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        return new IssuedResetCode(account.getUsername(), shown, expiresAt);
    }

    /**
     * Sets a new password with a reset code, which is then used up; every session and token of the
     * account ends. Case, spaces and dashes in the code do not matter.
     *
     * @throws ResetCodeInvalidException if the code does not open the account, for whatever reason
     */
    @PermitAll
    public void resetPassword(@NotNull @Valid PasswordReset reset) {
        String hash = SecretHash.of(reset.code().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
        PasswordResetCode code = em.createQuery("""
                        select c from PasswordResetCode c join fetch c.account where c.account.username = :u""",
                        PasswordResetCode.class)
                .setParameter("u", reset.username().strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(c -> c.opens(hash, clock.instant()))
                .orElseThrow(ResetCodeInvalidException::new);
        Account account = code.getAccount();
        em.remove(code);
        account.changePasswordHash(hasher.hash(reset.newPassword()));
        audit.recordBy(account.getUsername(), "PASSWORD_RESET", "account", account.getUsername(), null);
    }

    /**
     * The person of a login session as their account is now, if the session is still good: the account
     * exists, is enabled, and its security stamp is the one the session was made under.
     */
    @PermitAll
    public Optional<Caller> sessionCaller(String username, int securityStamp) {
        return byUsername(username)
                .filter(a -> a.isEnabled() && a.getSecurityStamp() == securityStamp)
                .map(Caller::of);
    }

    /** The account's security stamp now, to remember in a session made at this moment. */
    @PermitAll
    public int securityStamp(String username) {
        return byUsername(username).map(Account::getSecurityStamp).orElseThrow(NotLoggedInException::new);
    }

    private Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }
}
