package org.sanling.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token issued to an API client; only its SHA-256 is stored. It carries the account's
 * security stamp of when it was issued and stops working when the account's stamp moves on.
 */
@Entity
@Table(name = "api_token")
@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.securityStamp = account.getSecurityStamp();
    }

    /** Keeps the token valid under the account's current stamp (its holder changed the password). */
    void followStamp() {
        this.securityStamp = account.getSecurityStamp();
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
