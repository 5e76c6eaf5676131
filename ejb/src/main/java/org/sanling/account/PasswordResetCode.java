package org.sanling.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The one-time code an admin or a leader issued for someone who forgot their password; at most one per
 * account (a new one replaces it). Only its SHA-256 is stored: the code has enough entropy that a
 * salted slow hash would add nothing, and guessing is throttled anyway.
 */
@Entity
@Table(name = "password_reset_code")
public class PasswordResetCode {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "issued_by", nullable = false, length = 32)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PasswordResetCode() {
        // for JPA
    }

    PasswordResetCode(Account account, String codeHash, String issuedBy, Instant issuedAt, Instant expiresAt) {
        this.account = account;
        this.codeHash = codeHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean opens(String hash, Instant now) {
        return codeHash.equals(hash) && now.isBefore(expiresAt);
    }

    Account getAccount() {
        return account;
    }
}
