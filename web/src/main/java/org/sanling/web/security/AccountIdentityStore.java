package org.sanling.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.sanling.account.AccountService;
import org.sanling.account.LoginOutcome;
import org.sanling.platform.Role;

import java.util.stream.Collectors;

/**
 * Validates usernames and passwords against the portal's accounts (PBKDF2 hashes; the login page has
 * throttled the attempt before), and gives
 * the account's roles as the caller's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                instanceof LoginOutcome.Authenticated authenticated) {
            var caller = authenticated.caller();
            return new CredentialValidationResult(caller.username(),
                    caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
