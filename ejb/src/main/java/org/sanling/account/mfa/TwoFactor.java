package org.sanling.account.mfa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sanling.account.Account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * An account's two-factor login: pending from the start of enrolment until a first code confirms it,
 * then enabled. Turning it off or an admin's reset deletes it.
 * <p>
 * What is stored: the TOTP secret itself (Base32), because checking a code needs it, unlike a password
 * it cannot be kept as a hash; it is never logged nor audited, and a copy of the database alone still
 * lacks the password (a PBKDF2 hash) that the code comes after. Of the recovery codes only their SHA-256
 * is kept (random codes of 80 bits need no salt or slow hash, like API tokens); a used one is deleted.
 */
@Entity
@Table(name = "account_mfa")
public class TwoFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    /** The TOTP time step of the last code accepted: no code of it or an earlier step is accepted again. */
    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_mfa_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", length = 64, nullable = false)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    private long version;

    protected TwoFactor() {
        // for JPA
    }

    /** A pending enrolment with a fresh secret. */
    TwoFactor(Account account, String secret) {
        this.account = account;
        this.secret = secret;
        this.lastUsedStep = -1;
    }

    /** Starts over with a new secret, for an enrolment that was never confirmed. */
    void restartEnrolment(String newSecret) {
        if (enabled) {
            throw new IllegalStateException("enabled two-factor login is not restarted");
        }
        this.secret = newSecret;
        this.lastUsedStep = -1;
    }

    /** Confirms the enrolment with the code of the given step, and keeps the hashes of its recovery codes. */
    void enable(long confirmedStep, Collection<String> recoveryHashes, Instant now) {
        this.enabled = true;
        this.enabledAt = now;
        this.lastUsedStep = confirmedStep;
        this.recoveryCodeHashes = new HashSet<>(recoveryHashes);
    }

    /** Records that a code of the given step was used, so it cannot be used again. */
    void useStep(long step) {
        this.lastUsedStep = step;
    }

    /** Uses up a recovery code; false if it is not (or no longer) one of this account's. */
    boolean useRecoveryCode(String hash) {
        return recoveryCodeHashes.remove(hash);
    }

    public Account getAccount() {
        return account;
    }

    String getSecret() {
        return secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getEnabledAt() {
        return enabledAt;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }
}
