package org.sanling.account.mfa;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.account.AccountService;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two-factor login (TOTP): a person enrols (a pending secret, shown as a QR code), confirms with a first
 * code and receives {@value RecoveryCodes#COUNT} single-use recovery codes; logins then need a code after
 * the password; a code (a time step) is accepted once. Admins reset another person's, who then logs in
 * with the password alone (or enrols again, if they must). Enrolment, confirmation, turning off, resets,
 * used recovery codes and wrong codes are audited. A row being checked is locked, so two requests with the
 * same code cannot both pass. Thread-safe (a stateless bean); finders never return null.
 */
@Stateless
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class MfaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditService audit;

    @Inject
    private FailedCodeAudit failedCodes;

    @Inject
    private Clock clock;

    /** The caller's two-factor login. */
    public MfaStatus myStatus() {
        Account me = accounts.me();
        Optional<TwoFactor> found = find(me).filter(TwoFactor::isEnabled);
        return new MfaStatus(found.isPresent(), MfaPolicy.mustEnrol(me.getRoles()),
                found.map(TwoFactor::recoveryCodesLeft).orElse(0));
    }

    /**
     * Starts (or starts over) the caller's enrolment with a new secret; logins do not need a code until
     * {@link #confirm} succeeds.
     *
     * @throws MfaStateException if the caller's two-factor login is already on
     */
    public Enrolment startEnrolment() {
        Account me = accounts.me();
        String secret = TotpCodes.newSecret();
        Optional<TwoFactor> found = find(me);
        if (found.isPresent()) {
            if (found.get().isEnabled()) {
                throw MfaStateException.alreadyEnabled();
            }
            found.get().restartEnrolment(secret);
        } else {
            em.persist(new TwoFactor(me, secret));
        }
        audit.record("MFA_ENROLMENT_STARTED", "account", me.getUsername(), null);
        return new Enrolment(secret, TotpCodes.otpauthUri(secret, me.getUsername()));
    }

    /**
     * Confirms the caller's enrolment with a current code from their app and turns two-factor login on.
     *
     * @return the recovery codes, in clear this once
     * @throws MfaStateException  if no enrolment was started, or it is on already
     * @throws WrongCodeException if the code is wrong (field {@code code})
     */
    public List<String> confirm(String code) {
        Account me = accounts.me();
        TwoFactor twoFactor = locked(me).filter(t -> !t.isEnabled()).orElseThrow(MfaStateException::notEnrolling);
        OptionalLong step = TotpCodes.matchingStep(twoFactor.getSecret(), strip(code), clock.instant(), twoFactor.getLastUsedStep());
        if (step.isEmpty()) {
            failedCodes.record(me.getUsername(), me.getUsername(), "CONFIRM");
            throw new WrongCodeException();
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        twoFactor.enable(step.getAsLong(), recoveryCodes.stream().map(RecoveryCodes::hash).toList(), clock.instant());
        audit.record("MFA_ENABLED", "account", me.getUsername(), null);
        return recoveryCodes;
    }

    /**
     * Turns the caller's two-factor login off, with a current code or an unused recovery code.
     *
     * @throws MfaStateException  if it is not on
     * @throws WrongCodeException if the code is wrong (field {@code code})
     */
    public void disable(String code) {
        Account me = accounts.me();
        TwoFactor twoFactor = locked(me).filter(TwoFactor::isEnabled).orElseThrow(MfaStateException::notEnabled);
        if (!useCode(twoFactor, strip(code))) {
            failedCodes.record(me.getUsername(), me.getUsername(), "DISABLE");
            throw new WrongCodeException();
        }
        em.remove(twoFactor);
        audit.record("MFA_DISABLED", "account", me.getUsername(), null);
    }

    /**
     * Removes another person's two-factor login (a lost phone and lost recovery codes): their next login
     * needs the password alone, or leads to enrolment if they must have it. Nothing happens if they have none.
     *
     * @throws org.sanling.account.AccountNotFoundException if there is no such account
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void reset(String username) {
        Account account = accounts.get(username);
        find(account).ifPresent(twoFactor -> {
            em.remove(twoFactor);
            audit.record("MFA_RESET", "account", account.getUsername(),
                    twoFactor.isEnabled() ? "enabled" : "pending enrolment");
        });
    }

    /** Whether the person has two-factor login on, for lists of accounts. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public boolean isEnabled(String username) {
        return find(accounts.get(username)).filter(TwoFactor::isEnabled).isPresent();
    }

    /**
     * The second step of a login, for whoever just gave the right password of the account: it does not
     * check the password, so call it only after {@link AccountService#authenticate} said it was right. With
     * two-factor login on, a current TOTP code not used before, or an unused recovery code (used up now),
     * lets the login go on; a wrong one is audited. Without it, the password is enough unless the account
     * must enrol ({@link MfaPolicy}).
     *
     * @param otp the code given, or null when none was
     */
    @PermitAll
    public SecondFactor checkAfterPassword(String username, String otp) {
        Optional<Account> account = byUsername(username);
        if (account.isEmpty()) {
            return SecondFactor.CODE_REJECTED;
        }
        Optional<TwoFactor> twoFactor = locked(account.get()).filter(TwoFactor::isEnabled);
        if (twoFactor.isEmpty()) {
            return MfaPolicy.mustEnrol(account.get().getRoles()) ? SecondFactor.ENROLMENT_NEEDED : SecondFactor.NOT_NEEDED;
        }
        String code = strip(otp);
        if (code == null || code.isEmpty()) {
            return SecondFactor.CODE_NEEDED;
        }
        if (useCode(twoFactor.get(), code)) {
            return SecondFactor.PASSED;
        }
        failedCodes.record(username, username, "LOGIN");
        return SecondFactor.CODE_REJECTED;
    }

    /**
     * Whether the person must still enrol before using the portal: a leader or admin without two-factor
     * login while it is required. For the gate that keeps such a login on the enrolment page.
     */
    @PermitAll
    public boolean enrolmentPending(String username) {
        return byUsername(username)
                .filter(a -> MfaPolicy.mustEnrol(a.getRoles()))
                .filter(a -> find(a).filter(TwoFactor::isEnabled).isEmpty())
                .isPresent();
    }

    /** Uses a TOTP code (its step) or a recovery code (deleting it); false if it is neither. */
    private boolean useCode(TwoFactor twoFactor, String code) {
        if (code == null) {
            return false;
        }
        if (TotpCodes.looksLikeCode(code)) {
            OptionalLong step = TotpCodes.matchingStep(twoFactor.getSecret(), code, clock.instant(), twoFactor.getLastUsedStep());
            step.ifPresent(twoFactor::useStep);
            return step.isPresent();
        }
        if (twoFactor.useRecoveryCode(RecoveryCodes.hash(code))) {
            audit.recordBy(twoFactor.getAccount().getUsername(), "MFA_RECOVERY_CODE_USED", "account",
                    twoFactor.getAccount().getUsername(), twoFactor.recoveryCodesLeft() + " left");
            return true;
        }
        return false;
    }

    private Optional<TwoFactor> find(Account account) {
        return Optional.ofNullable(em.find(TwoFactor.class, account.getId()));
    }

    private Optional<TwoFactor> locked(Account account) {
        return Optional.ofNullable(em.find(TwoFactor.class, account.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    private Optional<Account> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username.strip().toLowerCase())
                .getResultStream().findFirst();
    }

    private static String strip(String code) {
        return code == null ? null : code.strip();
    }
}
